namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The weight table: one row of <see cref="NerTags.Count"/> weights per hashed feature bucket.
/// Hashing keeps memory fixed whatever the vocabulary (2^bits rows).
/// </summary>
internal sealed class NerWeights
{
    public NerWeights(int bits, float[]? values = null)
    {
        Bits = bits;
        Mask = (1u << bits) - 1;
        Values = values ?? new float[(1 << bits) * NerTags.Count];
    }

    public int Bits { get; }

    public uint Mask { get; }

    public float[] Values { get; }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var w = Values;
        foreach (var f in features)
        {
            var row = (int)(f & Mask) * NerTags.Count;
            for (var k = 0; k < NerTags.Count; k++)
            {
                scores[k] += w[row + k];
            }
        }
    }

    /// <summary>The best tag allowed after <paramref name="previous"/> (IOB2 constraint).</summary>
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
