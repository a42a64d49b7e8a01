using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// A budget of cores shared by every node of one machine: one slot file per core in a directory all of them use, and a
/// stage thread holds one slot (an exclusive <c>flock</c>) while it runs its part of a batch. With three nodes on two cores,
/// each node's stage thread (its <see cref="CoreShare"/>) made three CPU-bound threads take turns on two cores every few
/// milliseconds, each turn refilling the caches with another process's tables; with the slots two run and the third waits for
/// the end of a batch. The kernel drops the locks of a process that dies, so a killed node never keeps a slot. Threads that wait
/// poll every millisecond and announce themselves (a shared lock on <c>waiting</c>): a node that gives a slot back while others
/// wait leaves the slots to them for a moment, and a thread that finds others waiting queues with them. Linux only (elsewhere
/// <see cref="Open(string, int)"/> gives null).
/// </summary>
public sealed class CoreSlots : IDisposable
{
    private const int ReadOnly = 0;
    private const int Create = 0x40;
    private const int CloseOnExec = 0x80000;
    private const int Shared = 1;
    private const int Exclusive = 2;
    private const int NonBlocking = 4;
    private const int Unlock = 8;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(1);

    /// <summary>How long a node that gave a slot back to waiting nodes leaves the slots to them (they look every <see cref="Poll"/>).</summary>
    public static readonly TimeSpan DefaultYield = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How long a thread waits for a slot before it runs without one: a holder that hangs (a stopped process) must not stop
    /// the machine's other nodes, and where batches take that long the machine is loaded beyond what the budget helps with.
    /// A batch of 32 on one thread takes 0.1-0.3 s on the 2-core test machine.
    /// </summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(2);

    private readonly int[] _slots;
    private readonly bool[] _held;
    private readonly byte[] _waitingPath;
    private readonly int _probe;
    private readonly long _yield;
    private readonly long _patience;
    private readonly Lock _gate = new();
    private long _yieldUntil;
    private int _ownWaiters;

    private CoreSlots(int[] slots, byte[] waitingPath, int probe, TimeSpan yield, TimeSpan patience)
    {
        _patience = (long)(patience.TotalSeconds * Stopwatch.Frequency);
        _slots = slots;
        _held = new bool[slots.Length];
        _waitingPath = waitingPath;
        _probe = probe;
        _yield = (long)(yield.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>How many threads of the machine's nodes may run batches at once.</summary>
    public int Count => _slots.Length;

    /// <summary>The slots of this machine (/dev/shm/caravan-cores on Linux); null where they cannot be opened.</summary>
    public static CoreSlots? ForThisMachine(int cores) =>
        Open(Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "caravan-cores"), cores);

    /// <summary>Opens (creating them if needed) <paramref name="cores"/> slots in <paramref name="directory"/>; null where not possible.</summary>
    public static CoreSlots? Open(string directory, int cores) => Open(directory, cores, DefaultYield, DefaultPatience);

    /// <summary>
    /// As <see cref="Open(string, int)"/>, leaving a slot given back to waiting nodes for <paramref name="yield"/> and waiting
    /// for a slot at most <paramref name="patience"/>.
    /// </summary>
    public static CoreSlots? Open(string directory, int cores, TimeSpan yield, TimeSpan patience)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var opened = new List<int>();
        try
        {
            Directory.CreateDirectory(directory);
            for (var i = 0; i < cores; i++)
            {
                opened.Add(OpenFile(PathBytes(Path.Combine(directory, "core-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            }

            var waiting = PathBytes(Path.Combine(directory, "waiting"));
            var probe = OpenFile(waiting);
            return new CoreSlots([.. opened], waiting, probe, yield, patience);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            foreach (var fd in opened)
            {
                _ = Close(fd);
            }

            return null;
        }
    }

    /// <summary>Waits for a free slot and takes it (give it back with <see cref="Release"/>); -1 when none came free in time.</summary>
    public int Acquire()
    {
        if (!Yielding() && !OthersWait() && TryTake() is var slot and >= 0)
        {
            return slot;
        }

        // Announce the wait for as long as it lasts, so that a node giving a slot back leaves it to the waiters.
        var waiting = OpenFile(_waitingPath);
        var deadline = Stopwatch.GetTimestamp() + _patience;
        Interlocked.Increment(ref _ownWaiters);
        try
        {
            _ = Flock(waiting, Shared);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                Thread.Sleep(Poll);
                if (!Yielding() && TryTake() is var taken and >= 0)
                {
                    return taken;
                }
            }

            return -1;
        }
        finally
        {
            Interlocked.Decrement(ref _ownWaiters);
            _ = Close(waiting);
        }
    }

    /// <summary>Gives back a slot taken by <see cref="Acquire"/> (nothing for -1).</summary>
    public void Release(int slot)
    {
        if (slot < 0)
        {
            return;
        }

        lock (_gate)
        {
            _held[slot] = false;
            _ = Flock(_slots[slot], Unlock);
        }

        // Without this, a node with its next batch queued takes the slot back at once, and a node waiting
        // for one waits until the others have no work left (the commits in ticket order then wait for it).
        if (Volatile.Read(ref _ownWaiters) == 0 && OthersWait())
        {
            Volatile.Write(ref _yieldUntil, Stopwatch.GetTimestamp() + _yield);
        }
    }

    public void Dispose()
    {
        foreach (var fd in _slots)
        {
            _ = Close(fd);
        }

        _ = Close(_probe);
    }

    private int TryTake()
    {
        // One descriptor per slot for the whole process: a lock on it is the process's, so threads of this node check _held.
        lock (_gate)
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (!_held[i] && Flock(_slots[i], Exclusive | NonBlocking) == 0)
                {
                    _held[i] = true;
                    return i;
                }
            }
        }

        return -1;
    }

    private bool Yielding() => Stopwatch.GetTimestamp() < Volatile.Read(ref _yieldUntil);

    // True when a thread of any node holds the shared lock of a wait.
    private bool OthersWait()
    {
        lock (_gate)
        {
            if (Flock(_probe, Exclusive | NonBlocking) != 0)
            {
                return true;
            }

            _ = Flock(_probe, Unlock);
            return false;
        }
    }

    private static byte[] PathBytes(string path) => Encoding.UTF8.GetBytes(path + "\0");

    private static int OpenFile(byte[] path)
    {
        var fd = OpenNative(path, ReadOnly | Create | CloseOnExec, Convert.ToInt32("666", 8));
        return fd >= 0 ? fd : throw new IOException("cannot open core slot " + Encoding.UTF8.GetString(path, 0, path.Length - 1) + ": errno " + Marshal.GetLastPInvokeError().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative(byte[] path, int flags, int mode);

    [DllImport("libc", EntryPoint = "flock")]
    private static extern int Flock(int descriptor, int operation);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
