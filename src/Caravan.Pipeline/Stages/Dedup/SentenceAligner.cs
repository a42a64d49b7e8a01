namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Counts the sentences two articles share in paraphrase: each sentence of one is matched to the
/// unused sentence of the other with the highest term Jaccard, and counts when that match shares
/// enough terms. Rewrites and translations of one wire story keep the facts of each sentence (the
/// same names, numbers and content words) while wording and order change, so several such sentences
/// mark a common source; independent reports of one event share one or two at most (measured on
/// BASIL and ECB+ dev: see docs/benchmarks/stories.md); a sentence repeated near word for word (a
/// statement or a wire paragraph) is a copy on its own in a short article. Quadratic in sentences, so only confirms
/// candidates that shared sketches nominated; shared terms of all sentence pairs come from one merge (<see cref="SentenceTermIndex"/>).
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Sentences of <paramref name="a"/> that have a paraphrase in <paramref name="b"/> (each used once).</summary>
    public static SentenceAlignment Align(SentenceTermIndex a, SentenceTermIndex b, DeduplicationOptions options)
    {
        var n = a.Count;
        var m = b.Count;
        if (n == 0 || m == 0)
        {
            return default;
        }

        var pooled = n * m > 4096 ? System.Buffers.ArrayPool<int>.Shared.Rent(n * m) : null;
        var shared = pooled is null ? stackalloc int[n * m] : pooled.AsSpan(0, n * m);
        shared.Clear();
        a.CountShared(b, shared);
        var used = m <= 1024 ? stackalloc bool[m] : new bool[m];
        used.Clear();
        var count = 0;
        var verbatim = 0;
        for (var i = 0; i < n; i++)
        {
            var best = -1;
            var bestJaccard = 0.0;
            var bestShared = 0;
            var row = shared.Slice(i * m, m);
            for (var j = 0; j < m; j++)
            {
                var common = row[j];
                if (used[j] || common < options.MinSentenceTerms)
                {
                    continue;
                }

                var jaccard = common / (double)(a.Lengths[i] + b.Lengths[j] - common);
                if (jaccard > bestJaccard)
                {
                    best = j;
                    bestJaccard = jaccard;
                    bestShared = common;
                }
            }

            if (best >= 0 && bestJaccard >= options.MinSentenceJaccard)
            {
                used[best] = true;
                count++;
                verbatim += bestJaccard >= options.VerbatimJaccard && bestShared >= options.VerbatimTerms ? 1 : 0;
            }
        }

        if (pooled is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(pooled);
        }

        return new SentenceAlignment(count, verbatim);
    }
}

/// <summary>How many sentences of one article have a paraphrase in another, and how many of those are near word for word.</summary>
internal readonly record struct SentenceAlignment(int Paraphrases, int Verbatim);
