namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// First-order Viterbi decoding over <see cref="BilouTags"/> for the structured models (Collins 2002).
/// A token's emission scores (its static and document features) are computed once; the transition
/// into a tag scores the previous tag alone, with the token's word and with its shape. The sentence
/// start counts as O. Ties go to the lower tag index, so decoding is deterministic.
/// </summary>
internal sealed class NerViterbi
{
    private const int K = BilouTags.Count;
    private readonly NerWeights _weights;

    public NerViterbi(NerWeights weights) => _weights = weights;

    /// <summary>Emission scores of every token, one row of <see cref="BilouTags.Count"/> per token.</summary>
    public float[] Emissions(uint[] hashes, int[] offsets, NerSentence s, NerDocumentContext doc, float outsidePenalty = 0)
    {
        var scores = new float[s.Count * K];
        Span<uint> document = stackalloc uint[2];
        for (var i = 0; i < s.Count; i++)
        {
            var row = scores.AsSpan(i * K, K);
            _weights.Score(hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), row);
            _weights.Score(document[..NerFeatures.Document(document, s, i, doc)], row);
            row[BilouTags.Outside] -= outsidePenalty;
        }

        return scores;
    }

    /// <summary>The best BILOU tag sequence under the transition constraints.</summary>
    public int[] Decode(NerSentence s, float[] emissions)
    {
        var n = s.Count;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var transitions = new float[K * K];
        for (var p = 0; p < K; p++)
        {
            _weights.Score([NerFeatures.Transition(p)], transitions.AsSpan(p * K, K));
        }

        var delta = new float[n * K];
        var back = new byte[n * K];
        Span<float> pair = stackalloc float[K];
        Span<uint> features = stackalloc uint[2];
        for (var i = 0; i < n; i++)
        {
            var bases = NerFeatures.PairBases(s, i);
            var current = delta.AsSpan(i * K, K);
            current.Fill(float.NegativeInfinity);
            for (var p = 0; p < (i == 0 ? 1 : K); p++)
            {
                var from = i == 0 ? 0 : delta[((i - 1) * K) + p];
                if (float.IsNegativeInfinity(from))
                {
                    continue;
                }

                pair.Clear();
                NerFeatures.Pair(features, bases, p);
                _weights.Score(features, pair);
                for (var k = 0; k < K; k++)
                {
                    var score = from + transitions[(p * K) + k] + pair[k];
                    if (score > current[k] && BilouTags.Allowed(p, k))
                    {
                        current[k] = score;
                        back[(i * K) + k] = (byte)p;
                    }
                }
            }

            for (var k = 0; k < K; k++)
            {
                current[k] += emissions[(i * K) + k];
            }
        }

        var best = BilouTags.Outside;
        for (var k = 1; k < K; k++)
        {
            if (BilouTags.CanEnd(k) && delta[((n - 1) * K) + k] > delta[((n - 1) * K) + best])
            {
                best = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = best;
            best = back[(i * K) + best];
        }

        return tags;
    }
}
