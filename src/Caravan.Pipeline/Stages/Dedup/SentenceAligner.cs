namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Counts the sentences two articles share in paraphrase: each sentence of one is matched to the
/// unused sentence of the other with the highest term Jaccard, and counts when that match shares
/// enough terms. Rewrites and translations of one wire story keep the facts of each sentence (the
/// same names, numbers and content words) while wording and order change, so several such sentences
/// mark a common source; independent reports of one event share one or two at most (measured on
/// BASIL and ECB+ dev: see docs/benchmarks/stories.md); a sentence repeated near word for word (a
/// statement or a wire paragraph) is a copy on its own in a short article. Quadratic in sentences, so only confirms
/// candidates that shared sketches nominated.
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Sentences of <paramref name="a"/> that have a paraphrase in <paramref name="b"/> (each used once).</summary>
    public static SentenceAlignment Align(ImmutableArray<ImmutableArray<uint>> a, ImmutableArray<ImmutableArray<uint>> b,
        DeduplicationOptions options)
    {
        var used = new bool[b.Length];
        var count = 0;
        var verbatim = 0;
        foreach (var sentence in a)
        {
            var best = -1;
            var bestJaccard = 0.0;
            var bestShared = 0;
            for (var j = 0; j < b.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var shared = Shared(sentence.AsSpan(), b[j].AsSpan());
                if (shared < options.MinSentenceTerms)
                {
                    continue;
                }

                var jaccard = shared / (double)(sentence.Length + b[j].Length - shared);
                if (jaccard > bestJaccard)
                {
                    best = j;
                    bestJaccard = jaccard;
                    bestShared = shared;
                }
            }

            if (best >= 0 && bestJaccard >= options.MinSentenceJaccard)
            {
                used[best] = true;
                count++;
                verbatim += bestJaccard >= options.VerbatimJaccard && bestShared >= options.VerbatimTerms ? 1 : 0;
            }
        }

        return new SentenceAlignment(count, verbatim);
    }

    /// <summary>The size of the intersection of two sorted sets (a linear merge).</summary>
    private static int Shared(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        int i = 0, j = 0, n = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                n++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }
}

/// <summary>How many sentences of one article have a paraphrase in another, and how many of those are near word for word.</summary>
internal readonly record struct SentenceAlignment(int Paraphrases, int Verbatim);
