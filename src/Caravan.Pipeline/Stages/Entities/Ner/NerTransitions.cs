namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The first-order weights of the structured models, kept dense and apart from the hashed emission
/// table so that Viterbi never hashes or misses the cache per previous tag: the score of moving from
/// tag p to tag k at a token is transition[p, k] + shape[c, p, k] + word[w, p, k], where c is the
/// token's coarse shape class (<see cref="ShapeClass"/>) and w its word class at the 128-class level
/// (<see cref="WordClusters"/>; one more class for unclustered words). That replaces session 5's
/// hashed previous-tag × word and × collapsed-shape features (34 random rows per token).
/// Index: ((table * K) + p) * K + k, with table 0 the plain transitions.
/// </summary>
internal sealed class NerTransitions
{
    private const int K = BilouTags.Count;
    private const int ShapeClasses = 10;
    private const int WordLevel = 1;
    private const int WordClasses = 129;

    /// <summary>Tables: plain transitions, then shape classes, then word classes.</summary>
    public const int Tables = 1 + ShapeClasses + WordClasses;

    /// <summary>Number of weights: <see cref="Tables"/> K × K matrices.</summary>
    public const int Length = Tables * K * K;

    private static readonly float[] Constraint = BuildConstraint();

    public NerTransitions(float[]? values = null)
    {
        if (values is not null && values.Length != Length)
        {
            throw new InvalidDataException($"transition table holds {values.Length} weights, expected {Length}");
        }

        Values = values ?? new float[Length];
    }

    public float[] Values { get; }

    /// <summary>The shape and word tables of every token of a sentence, packed as shape * 256 + word.</summary>
    public static int[] TablesOf(NerSentence s, WordClusters clusters)
    {
        var tables = new int[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            var word = WordClusters.At(clusters.Of(s.Lower[i]), WordLevel) + 1;
            tables[i] = ((1 + ShapeClass(s.Tokens[i], i == 0)) * 256) + 1 + ShapeClasses + word;
        }

        return tables;
    }

    /// <summary>
    /// Writes the K × K move scores at a token (tables packed as by <see cref="TablesOf"/>) into
    /// <paramref name="into"/>; forbidden BILOU moves get negative infinity.
    /// </summary>
    public void Moves(int packed, Span<float> into)
    {
        var v = Values.AsSpan();
        var plain = v[..(K * K)];
        var shape = v.Slice((packed >> 8) * K * K, K * K);
        var word = v.Slice((packed & 0xFF) * K * K, K * K);
        for (var j = 0; j < K * K; j++)
        {
            into[j] = plain[j] + shape[j] + word[j] + Constraint[j];
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the move p -> k at a token, and step * delta to the running totals.</summary>
    public void Add(int packed, int previous, int tag, float delta, float[] totals, long step)
    {
        foreach (var table in (ReadOnlySpan<int>)[0, packed >> 8, packed & 0xFF])
        {
            var cell = (((table * K) + previous) * K) + tag;
            Values[cell] += delta;
            totals[cell] += step * delta;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the move p -> k at a token, and <paramref name="total"/> * delta to the totals (the CRF trainer's averaging).</summary>
    public void Add(int packed, int previous, int tag, float delta, float[] totals, double total)
    {
        foreach (var table in (ReadOnlySpan<int>)[0, packed >> 8, packed & 0xFF])
        {
            var cell = (((table * K) + previous) * K) + tag;
            Values[cell] += delta;
            totals[cell] += (float)(total * delta);
        }
    }

    // 0 word starting with a lowercase letter, 1 capitalised, 2 all capitals, 3 with a digit,
    // 4 anything else (punctuation, symbols); doubled for the sentence's first token.
    private static int ShapeClass(string token, bool first)
    {
        var c = token.Any(char.IsDigit) ? 3
            : WordShape.IsAllUpper(token) ? 2
            : WordShape.StartsUpper(token) ? 1
            : token.Length > 0 && char.IsLetter(token[0]) ? 0
            : 4;
        return (c * 2) + (first ? 1 : 0);
    }

    private static float[] BuildConstraint()
    {
        var constraint = new float[K * K];
        for (var p = 0; p < K; p++)
        {
            for (var k = 0; k < K; k++)
            {
                constraint[(p * K) + k] = BilouTags.Allowed(p, k) ? 0 : float.NegativeInfinity;
            }
        }

        return constraint;
    }
}
