namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The weight table: one row of <see cref="Width"/> weights (one per tag: 9 IOB2 tags in greedy
/// models, 17 BILOU tags in structured ones) per hashed feature bucket. Hashing keeps memory fixed
/// whatever the vocabulary (2^bits rows).
/// </summary>
internal sealed class NerWeights
{
    public NerWeights(int bits, int width, float[]? values = null)
    {
        Bits = bits;
        Width = width;
        Mask = (1u << bits) - 1;
        Values = values ?? new float[(1 << bits) * width];
    }

    public int Bits { get; }

    public int Width { get; }

    public uint Mask { get; }

    public float[] Values { get; }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var w = Values;
        var width = Width;
        foreach (var f in features)
        {
            var row = w.AsSpan((int)(f & Mask) * width, width);
            for (var k = 0; k < row.Length; k++)
            {
                scores[k] += row[k];
            }
        }
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
