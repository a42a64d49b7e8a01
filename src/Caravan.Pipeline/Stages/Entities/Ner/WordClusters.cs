using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Distributional word classes (built by <see cref="WordClusterBuilder"/> from unlabelled text):
/// each known lowercase word has a path down a tree of k-means splits, read at several
/// granularities like the prefixes of Brown cluster paths (Ratinov and Roth 2009 use prefixes of
/// 4, 6, 10 and 20 bits). Words that behave alike in running text ("Tokajew", "Scholz") share
/// coarse classes even when one of them never occurs in the labelled data.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Branching of each level of the tree: 16, then 128, 1,024 and 4,096 classes.</summary>
    public static IReadOnlyList<int> Branching { get; } = [16, 8, 8, 4];

    private readonly FrozenDictionary<string, int> _paths;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordClusters(IEnumerable<KeyValuePair<string, int>> paths)
    {
        _paths = paths.ToFrozenDictionary(StringComparer.Ordinal);
        _spans = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClusters Empty { get; } = new([]);

    /// <summary>Word -> class at the finest level (its coarser classes are integer divisions).</summary>
    public IReadOnlyDictionary<string, int> Paths => _paths;

    public int Count => _paths.Count;

    /// <summary>The finest class of a lowercase word, or -1 when it was not clustered.</summary>
    public int Of(string lower) => _paths.TryGetValue(lower, out var c) ? c : -1;

    /// <summary>The finest class of a lowercase word given as a span (no allocation), or -1.</summary>
    public int Of(ReadOnlySpan<char> lower) => _spans.TryGetValue(lower, out var c) ? c : -1;

    /// <summary>The class of a finest-level class at <paramref name="level"/> (0 = coarsest); -1 stays -1.</summary>
    public static int At(int finest, int level)
    {
        if (finest < 0)
        {
            return -1;
        }

        var c = finest;
        for (var l = Branching.Count - 1; l > level; l--)
        {
            c /= Branching[l];
        }

        return c;
    }
}
