using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The weight table: one row of <see cref="Width"/> weights (one per tag: 9 IOB2 tags in greedy
/// models, 17 BILOU tags in structured ones) per hashed feature bucket. Hashing keeps memory fixed
/// whatever the vocabulary (2^bits rows). The table lies in this process's heap (trained, or loaded alone) or in an image
/// shared by the processes of the machine (<see cref="SharedModelImages"/>), read-only; lookups read the same floats either way.
/// </summary>
internal sealed class NerWeights
{
    private readonly float[]? _values;
    private readonly MappedImage? _shared;

    public NerWeights(int bits, int width, float[]? values = null)
    {
        Bits = bits;
        Width = width;
        Mask = (1u << bits) - 1;
        _values = values ?? new float[(1 << bits) * width];
    }

    /// <summary>Read-only weights in a shared image of (1 &lt;&lt; bits) * width floats.</summary>
    public NerWeights(int bits, int width, MappedImage shared)
    {
        Bits = bits;
        Width = width;
        Mask = (1u << bits) - 1;
        _shared = shared;
        _ = shared.Floats((1 << bits) * width);
    }

    public int Bits { get; }

    public int Width { get; }

    public uint Mask { get; }

    /// <summary>The weights to train (in the heap); a shared table is read-only.</summary>
    public float[] Values => _values ?? throw new InvalidOperationException("shared weights are read-only");

    /// <summary>True when the table is a shared image, not in this process's heap.</summary>
    public bool IsShared => _shared is not null;

    /// <summary>Every weight, row after row.</summary>
    public ReadOnlySpan<float> Table => _shared is { } shared ? shared.Floats((1 << Bits) * Width) : _values;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var w = Table;
        var width = Width;
        foreach (var f in features)
        {
            var row = w.Slice((int)(f & Mask) * width, width);
            for (var k = 0; k < row.Length; k++)
            {
                scores[k] += row[k];
            }
        }

        // The image stays mapped while its rows are read.
        GC.KeepAlive(_shared);
    }

    /// <summary>Adds <paramref name="delta"/> to one tag's weight of every feature, and step * delta to the running totals (lazy averaging).</summary>
    public void Add(ReadOnlySpan<uint> features, int tag, float delta, float[] totals, long step)
    {
        foreach (var f in features)
        {
            var cell = ((int)(f & Mask) * Width) + tag;
            Values[cell] += delta;
            totals[cell] += step * delta;
        }
    }

    /// <summary>The best IOB2 tag allowed after <paramref name="previous"/> (greedy models).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, float outsidePenalty = 0)
    {
        var best = NerTags.Outside;
        var bestScore = scores[NerTags.Outside] - outsidePenalty;
        for (var k = 1; k < NerTags.Count; k++)
        {
            if (scores[k] > bestScore && NerTags.Allowed(previous, k))
            {
                best = k;
                bestScore = scores[k];
            }
        }

        return best;
    }
}
