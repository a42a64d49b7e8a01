using System.Diagnostics;
using System.Globalization;

namespace Caravan.Cli.Rendering;

/// <summary>A one-line progress counter on stderr, only when stderr is a terminal; at most 5 updates a second.</summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private bool _drawn;

    public void Report(Caravan.Pipeline.Jobs.AnalysisProgress progress)
    {
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDraw < 200)
        {
            return;
        }

        _lastDraw = _clock.ElapsedMilliseconds;
        var rate = progress.Processed / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r  processed {progress.Processed} articles, skipped {progress.Skipped} ({rate:F0}/s)   "));
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            Console.Error.WriteLine();
            _drawn = false;
        }
    }
}
