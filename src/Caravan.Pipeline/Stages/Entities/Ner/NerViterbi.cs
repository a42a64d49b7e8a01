namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// First-order Viterbi decoding over <see cref="BilouTags"/> for the structured models (Collins 2002).
/// A token's emission scores (its static and document features, hashed) are computed once per token;
/// the moves between tags come from the dense <see cref="NerTransitions"/>, so decoding adds O(K²)
/// precomputed numbers per token. The sentence start counts as O. Ties go to the lower tag index,
/// so decoding is deterministic.
/// </summary>
internal static class NerViterbi
{
    private const int K = BilouTags.Count;

    /// <summary>Emission scores of every token, one row of <see cref="BilouTags.Count"/> per token.</summary>
    public static float[] Emissions(NerWeights weights, uint[] hashes, int[] offsets, NerSentence s, NerDocumentContext doc, float outsidePenalty = 0)
    {
        var scores = new float[s.Count * K];
        Span<uint> document = stackalloc uint[2];
        for (var i = 0; i < s.Count; i++)
        {
            var row = scores.AsSpan(i * K, K);
            weights.Score(hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), row);
            weights.Score(document[..NerFeatures.Document(document, s, i, doc)], row);
            row[BilouTags.Outside] -= outsidePenalty;
        }

        return scores;
    }

    /// <summary>The best BILOU tag sequence under the transition constraints.</summary>
    public static int[] Decode(NerTransitions transitions, int[] tables, float[] emissions) =>
        Decode(transitions, tables, [], emissions, tables.Length);

    /// <summary>The best BILOU tag sequence under moves given per token, at (i * K + p) * K + k (the CRF trainer's scaled weights).</summary>
    public static int[] Decode(ReadOnlySpan<float> moves, float[] emissions) =>
        Decode(null, null, moves, emissions, emissions.Length / K);

    private static int[] Decode(NerTransitions? transitions, int[]? tables, ReadOnlySpan<float> given, float[] emissions, int n)
    {
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        Span<float> moves = stackalloc float[K * K];
        Span<float> previous = stackalloc float[K];
        Span<float> current = stackalloc float[K];
        var back = new byte[n * K];
        previous.Fill(float.NegativeInfinity);
        previous[BilouTags.Outside] = 0;
        for (var i = 0; i < n; i++)
        {
            if (transitions is not null)
            {
                transitions.Moves(tables![i], moves);
            }
            else
            {
                given.Slice(i * K * K, K * K).CopyTo(moves);
            }

            for (var k = 0; k < K; k++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < K; p++)
                {
                    var score = previous[p] + moves[(p * K) + k];
                    if (score > best)
                    {
                        best = score;
                        from = p;
                    }
                }

                current[k] = best + emissions[(i * K) + k];
                back[(i * K) + k] = (byte)from;
            }

            current.CopyTo(previous);
        }

        var last = BilouTags.Outside;
        for (var k = 1; k < K; k++)
        {
            if (BilouTags.CanEnd(k) && previous[k] > previous[last])
            {
                last = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * K) + last];
        }

        return tags;
    }
}
