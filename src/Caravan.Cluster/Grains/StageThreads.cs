using System.Collections.Concurrent;

namespace Caravan.Cluster.Grains;

/// <summary>
/// Threads of their own for a node's per-article stages. On the thread pool, a batch's CPU-bound work
/// holds every pool thread of a small machine, and Orleans' own turns (the owner's admissions and commits,
/// membership probes) then wait for the pool to grow, about one thread a second: measured under load,
/// the first commits came after a minute and a half and the rest in a few seconds. Here the stages never
/// hold a pool thread. One instance per node; its threads are background threads that live as long as it.
/// </summary>
public sealed class StageThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];

    public StageThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        MaximumConcurrencyLevel = threads;
        for (var i = 0; i < threads; i++)
        {
            new Thread(Work) { IsBackground = true, Name = "caravan-stages-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Start();
        }
    }

    public override int MaximumConcurrencyLevel { get; }

    public void Dispose() => _queue.CompleteAdding();

    protected override void QueueTask(Task task) => _queue.Add(task);

    // Inline only on these threads: a pool thread waiting for stage work must not start running it.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread.Name?.StartsWith("caravan-stages-", StringComparison.Ordinal) == true && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
