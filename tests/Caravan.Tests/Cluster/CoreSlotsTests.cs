using Caravan.Cluster.Hosting;

namespace Caravan.Tests.Cluster;

/// <summary>
/// The nodes of one machine share a budget of cores: a slot held by one node is not taken by another until it is given back,
/// or its holder is gone, and a slot given back goes to a node that waits before its own node takes it again.
/// </summary>
public sealed class CoreSlotsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "caravan-core-slots-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SkippableFact]
    public async Task Acquire_EverySlotHeldByAnotherNode_WaitsForOneGivenBack()
    {
        using var one = Open(2);
        using var other = Open(2);
        var held = new[] { one.Acquire(), one.Acquire() };

        var waiting = Task.Run(other.Acquire);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted, "a slot was taken while the other node held both");
        one.Release(held[1]);

        Assert.Equal(held[1], await waiting.WaitAsync(Patience));
    }

    [SkippableFact]
    public async Task Acquire_HolderGone_TakesItsSlot()
    {
        using var other = Open(1);
        var holder = Open(1);
        _ = holder.Acquire();
        var waiting = Task.Run(other.Acquire);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted, "a slot was taken while another node held it");

        // What the kernel does for a process that dies: its descriptors close and their locks go.
        holder.Dispose();

        Assert.Equal(0, await waiting.WaitAsync(Patience));
    }

    [SkippableFact]
    public async Task Acquire_AnotherNodeWaits_SlotGivenBackGoesToIt()
    {
        using var one = Open(1);
        using var other = Open(1);
        var slot = one.Acquire();
        var waiting = Task.Run(other.Acquire);
        await Task.Delay(200);

        // The node that gave the slot back wants it again at once, as a node with its next batch queued does.
        one.Release(slot);
        var again = Task.Run(one.Acquire);

        Assert.Equal(0, await waiting.WaitAsync(Patience));
        await Task.Delay(200);
        Assert.False(again.IsCompleted, "the node that gave the slot back took it again before the waiting node");
        other.Release(0);
        Assert.Equal(0, await again.WaitAsync(Patience));
        one.Release(0);
    }

    [SkippableFact]
    public void Acquire_ThreadsOfOneNode_TakeDifferentSlots()
    {
        using var slots = Open(2);

        var first = slots.Acquire();
        var second = Task.Run(slots.Acquire);

        Assert.True(second.Wait(Patience), "the second thread got no slot although one was free");
        Assert.Equal(1 - first, second.Result);
    }

    [SkippableFact]
    public void Acquire_HolderNeverGivesBack_RunsWithoutASlotAfterThePatience()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "core slots are file locks on Linux only");
        using var hung = Open(1);
        using var slots = CoreSlots.Open(_directory, 1, CoreSlots.DefaultYield, TimeSpan.FromMilliseconds(300))!;
        _ = hung.Acquire();

        var started = System.Diagnostics.Stopwatch.StartNew();
        var slot = slots.Acquire();

        Assert.Equal(-1, slot);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(300), Patience);
        slots.Release(slot);
    }

    private CoreSlots Open(int cores)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "core slots are file locks on Linux only");
        // A yield long enough for a waiting thread to look on a loaded machine (the nodes' default is 20 ms).
        return CoreSlots.Open(_directory, cores, TimeSpan.FromSeconds(1), Patience * 2) ?? throw new InvalidOperationException("the slots could not be opened");
    }
}
