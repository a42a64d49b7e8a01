namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Settings of <see cref="WordClusterBuilder"/>.</summary>
/// <param name="MinCount">Words seen fewer times are not clustered (their vectors are noise).</param>
/// <param name="MaxWords">The most frequent words clustered.</param>
/// <param name="Contexts">The most frequent words used as left/right context dimensions.</param>
/// <param name="Iterations">k-means iterations per split.</param>
/// <param name="Seed">Seed of the k-means++ initialisation.</param>
public sealed record WordClusterOptions(int MinCount = 3, int MaxWords = 100_000, int Contexts = 2_000, int Iterations = 10, int Seed = 7);

/// <summary>
/// Builds <see cref="WordClusters"/> from tokenised unlabelled text: each word becomes a vector of
/// positive pointwise mutual information with its left and right neighbours (context counts
/// smoothed with exponent 0.75, Levy et al. 2015), normalised to unit length, and the words are
/// split top-down by spherical k-means with the branching of <see cref="WordClusters.Branching"/>.
/// Deterministic for a given text and seed.
/// </summary>
public static class WordClusterBuilder
{
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, WordClusterOptions? options = null)
    {
        var o = options ?? new WordClusterOptions();
        var corpus = sentences.Select(s => s.Select(NerSentence.FeatureForm).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in corpus.SelectMany(s => s))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var ranked = counts.Where(p => p.Value >= o.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(o.MaxWords).Select(p => p.Key).ToArray();
        if (ranked.Length < WordClusters.Branching[0])
        {
            return WordClusters.Empty;
        }

        var index = ranked.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var vectors = ContextVectors(corpus, index, Math.Min(o.Contexts, ranked.Length));
        var paths = new int[ranked.Length];
        Split([.. Enumerable.Range(0, ranked.Length)], 0, 0, vectors, paths, o);
        return new WordClusters(ranked.Select((w, i) => new KeyValuePair<string, int>(w, paths[i])));
    }

    private static SparseVector[] ContextVectors(List<string[]> corpus, Dictionary<string, int> index, int contexts)
    {
        // Dimensions: [0, contexts) the left neighbour, [contexts, 2 * contexts) the right one; -1 marks the sentence edge.
        var pairs = new Dictionary<long, int>[index.Count];
        var contextTotals = new double[2 * contexts];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = [];
        }

        foreach (var sentence in corpus)
        {
            for (var t = 0; t < sentence.Length; t++)
            {
                if (!index.TryGetValue(sentence[t], out var w))
                {
                    continue;
                }

                var left = t > 0 && index.TryGetValue(sentence[t - 1], out var l) && l < contexts ? l : -1;
                var right = t + 1 < sentence.Length && index.TryGetValue(sentence[t + 1], out var r) && r < contexts ? contexts + r : -1;
                foreach (var dim in (ReadOnlySpan<int>)[left, right])
                {
                    if (dim >= 0)
                    {
                        pairs[w][dim] = pairs[w].GetValueOrDefault(dim) + 1;
                        contextTotals[dim]++;
                    }
                }
            }
        }

        var smoothed = contextTotals.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedSum = smoothed.Sum();
        return [.. pairs.Select(p =>
        {
            var wordTotal = (double)p.Values.Sum();
            var entries = p.Select(e => (Dim: (int)e.Key, Value: Math.Log(e.Value * smoothedSum / (wordTotal * smoothed[e.Key]))))
                .Where(e => e.Value > 0)
                .OrderBy(e => e.Dim)
                .ToArray();
            return SparseVector.Normalised(entries);
        })];
    }

    private static void Split(int[] members, int level, int prefix, SparseVector[] vectors, int[] paths, WordClusterOptions o)
    {
        if (level == WordClusters.Branching.Count)
        {
            foreach (var m in members)
            {
                paths[m] = prefix;
            }

            return;
        }

        var k = WordClusters.Branching[level];
        var assignment = SphericalKMeans.Assign(members, vectors, k, o.Iterations, o.Seed + prefix);
        for (var c = 0; c < k; c++)
        {
            var child = members.Where((_, i) => assignment[i] == c).ToArray();
            if (child.Length > 0)
            {
                Split(child, level + 1, (prefix * k) + c, vectors, paths, o);
            }
        }
    }
}
