using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Word knowledge a model carries with it: frequency-rank buckets of common lowercase words (from
/// the OpenSubtitles lists in ../shared/data/corpora/frequencywords) and title words. A capitalised
/// token whose lowercase form is a frequent word is usually not a name ("Die", "Nach"); and
/// distributional word classes (<see cref="WordClusters"/>); and a name list mined from the
/// other NER corpora (<see cref="Names"/>). The last two are empty in models trained before them.
/// </summary>
public sealed class NerLexicon
{
    private readonly FrozenDictionary<string, byte> _buckets;
    private readonly FrozenSet<string> _titles;

    public NerLexicon(IEnumerable<KeyValuePair<string, byte>> buckets, IEnumerable<string> titles, WordClusters? clusters = null, EntityMemory? names = null)
    {
        Names = names ?? EntityMemory.Empty;
        _buckets = buckets.ToFrozenDictionary(StringComparer.Ordinal);
        _titles = titles.ToFrozenSet(StringComparer.Ordinal);
        Clusters = clusters ?? WordClusters.Empty;
    }

    public WordClusters Clusters { get; }

    /// <summary>
    /// Entity names of the corpora that do not train this model (their train files; dev-only
    /// corpora their dev file), so no corpus a model is scored on feeds its own list.
    /// </summary>
    public EntityMemory Names { get; }

    public static NerLexicon Empty { get; } = new([], []);

    public IReadOnlyDictionary<string, byte> Buckets => _buckets;

    public IReadOnlyCollection<string> Titles => _titles;

    /// <summary>Log2 of the frequency rank (1 for the top words ... 16), 0 when the word is not listed.</summary>
    public int Bucket(string lower) => _buckets.TryGetValue(lower, out var b) ? b : 0;

    public bool IsTitle(string lower) => _titles.Contains(lower);

    /// <summary>Builds buckets from a ranked word list (most frequent first).</summary>
    public static IEnumerable<KeyValuePair<string, byte>> RankBuckets(IEnumerable<string> rankedWords, int limit)
    {
        var rank = 0;
        foreach (var word in rankedWords)
        {
            if (rank >= limit)
            {
                yield break;
            }

            rank++;
            yield return new(word, (byte)(1 + Math.Log2(rank)));
        }
    }
}
