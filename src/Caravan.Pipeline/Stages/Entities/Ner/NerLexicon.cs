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
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _bucketSpans;
    private readonly FrozenSet<string> _titles;

    public NerLexicon(IEnumerable<KeyValuePair<string, byte>> buckets, IEnumerable<string> titles, WordClusters? clusters = null, EntityMemory? names = null,
        NerFeatureSet features = NerFeatureSet.None)
    {
        Features = features;
        Names = names ?? EntityMemory.Empty;
        _buckets = buckets.ToFrozenDictionary(StringComparer.Ordinal);
        _bucketSpans = _buckets.GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.ToFrozenSet(StringComparer.Ordinal);
        Clusters = clusters ?? WordClusters.Empty;
    }

    public WordClusters Clusters { get; }

    /// <summary>The optional feature templates of the model (its recipe's; stored in the model file).</summary>
    public NerFeatureSet Features { get; }

    /// <summary>
    /// The same word knowledge with other optional feature templates. Switching
    /// <see cref="NerFeatureSet.LostLetters"/> on re-keys every word by its skeleton (<see cref="LostLetters"/>;
    /// where two words share one, the more frequent one's entry); keys once stripped stay stripped.
    /// </summary>
    public NerLexicon With(NerFeatureSet features)
    {
        if (features == Features)
        {
            return this;
        }

        if ((features & ~Features & NerFeatureSet.LostLetters) == 0)
        {
            return new NerLexicon(_buckets, _titles, Clusters, Names, features);
        }

        var buckets = LostLetters.Rekey(_buckets, LostLetters.Strip, e => e.Value);
        var clusters = LostLetters.Rekey(Clusters.Paths, LostLetters.Strip, e => Bucket(e.Key) is var b and > 0 ? b : int.MaxValue);
        var names = LostLetters.Rekey(Names.Phrases, LostLetters.StripPhrase, _ => 0);
        return new NerLexicon(buckets, _titles.Select(LostLetters.Strip), new WordClusters(clusters), new EntityMemory(names), features);
    }

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

    /// <inheritdoc cref="Bucket(string)"/>
    public int Bucket(ReadOnlySpan<char> lower) => _bucketSpans.TryGetValue(lower, out var b) ? b : 0;

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
