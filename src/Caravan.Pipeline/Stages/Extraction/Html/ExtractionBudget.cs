using System.Globalization;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// The time one page may take, as a cancellation token: cancelled when the caller cancels, when
/// <see cref="ExtractionOptions.MaxTime"/> of wall time has passed, or when the thread that created the budget has used
/// <see cref="ExtractionOptions.MaxCpuTime"/> of CPU. Every pass over a page checks the token (the raw-text blanker
/// and the nesting limiter at every tag, AngleSharp's tree builder before every token, the walker at every node),
/// so a page that the passes before the parser misjudge costs at most the budget: extraction time is bounded by
/// construction, not by the limiter knowing every pathological shape (issue #8).
/// CPU time rather than wall time, so that a loaded machine does not drop pages: on Linux a timer reads the
/// thread's CPU time from /proc every <see cref="Period"/> (10 ms ticks); elsewhere only the wall-time limit holds.
/// </summary>
internal sealed class ExtractionBudget : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _source;
    private readonly Timer? _timer;
    private readonly string? _statPath;
    private readonly TimeSpan _cpuStart;
    private readonly TimeSpan _cpuLimit;
    private int _disposed;

    public ExtractionBudget(TimeSpan wallLimit, TimeSpan cpuLimit, CancellationToken cancellationToken)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _source.CancelAfter(wallLimit);
        _cpuLimit = cpuLimit;
        _statPath = CurrentThreadStatPath();
        if (_statPath is not null && ReadCpu(_statPath) is { } start)
        {
            _cpuStart = start;
            _timer = new Timer(static state => ((ExtractionBudget)state!).Check(), this, Period, Period);
        }
    }

    public CancellationToken Token => _source.Token;

    /// <summary>True once the CPU limit (not the wall-time limit or the caller) cancelled the token.</summary>
    public bool CpuExceeded { get; private set; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _timer?.Dispose();
            _source.Dispose();
        }
    }

    private void Check()
    {
        if (Volatile.Read(ref _disposed) != 0 || ReadCpu(_statPath!) is not { } now || now - _cpuStart <= _cpuLimit)
        {
            return;
        }

        CpuExceeded = true;
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The page ended between the check and the cancel: nothing left to stop.
        }
    }

    /// <summary>/proc/self/task/TID/stat of the calling thread, readable from the timer's thread; null off Linux.</summary>
    private static string? CurrentThreadStatPath()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            // /proc/thread-self links to "PID/task/TID" of whichever thread reads it: resolve it on this thread.
            return new FileInfo("/proc/thread-self").LinkTarget is { } task ? Path.Combine("/proc", task, "stat") : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>User plus system time (fields 14 and 15, in ticks of 10 ms) of the thread; null when unreadable.</summary>
    private static TimeSpan? ReadCpu(string statPath)
    {
        try
        {
            var stat = File.ReadAllText(statPath);
            // The command name, in parentheses, may hold spaces: count fields after its closing parenthesis.
            var fields = stat.AsSpan(stat.LastIndexOf(')') + 2);
            Span<Range> parts = stackalloc Range[14];
            if (fields.Split(parts, ' ') < 14 ||
                !long.TryParse(fields[parts[11]], NumberStyles.None, CultureInfo.InvariantCulture, out var user) ||
                !long.TryParse(fields[parts[12]], NumberStyles.None, CultureInfo.InvariantCulture, out var system))
            {
                return null;
            }

            return TimeSpan.FromMilliseconds((user + system) * 10.0);
        }
        catch (IOException)
        {
            return null; // the thread ended
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
