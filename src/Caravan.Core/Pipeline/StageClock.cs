using System.Diagnostics;

namespace Caravan.Core.Pipeline;

/// <summary>
/// Time spent in each named step of a run (pipeline stages, store writes, aggregation, indexing).
/// Thread-safe: per-article stages add from parallel workers, so their totals are thread time and
/// can exceed the wall time of the run.
/// </summary>
public sealed class StageClock
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private long[] _ticks = new long[16];
    private readonly Lock _gate = new();

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to a step.</summary>
    public void Add(string step, long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_gate)
        {
            if (!_slots.TryGetValue(step, out var slot))
            {
                slot = _names.Count;
                _slots[step] = slot;
                _names.Add(step);
                if (slot == _ticks.Length)
                {
                    Array.Resize(ref _ticks, slot * 2);
                }
            }

            _ticks[slot] += elapsed;
        }
    }

    /// <summary>Runs <paramref name="body"/> and adds its time to <paramref name="step"/>.</summary>
    public T Time<T>(string step, Func<T> body)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return body();
        }
        finally
        {
            Add(step, start);
        }
    }

    /// <summary>Every step in the order it was first timed.</summary>
    public ImmutableArray<StageTime> Snapshot()
    {
        lock (_gate)
        {
            return [.. _names.Select((name, i) => new StageTime(name, Stopwatch.GetElapsedTime(0, _ticks[i])))];
        }
    }
}

/// <summary>Total time of one step of a run.</summary>
public readonly record struct StageTime(string Step, TimeSpan Elapsed);
