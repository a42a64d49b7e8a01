namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Context aggregation (Ratinov and Roth 2009, "Design challenges and misconceptions in NER", section 6):
/// a capitalised word that occurs more than once in a document gets, at every occurrence, the neighbours of
/// all its occurrences: the words and word classes just before and after each. "Vogel" alone in "sagte Vogel"
/// is a noun or a name; with "Trainer Klaus Vogel" two sentences earlier, "klaus" (a first-name class) is
/// among its neighbours everywhere in the document. Built once per document, each word's features once.
/// </summary>
internal sealed class NerNeighbours
{
    /// <summary>Occurrences read per word: a word named throughout a long document needs no more evidence.</summary>
    public const int MaxOccurrences = 8;

    private readonly IReadOnlyList<NerSentence> _sentences;
    private readonly WordClusters _clusters;
    private readonly Dictionary<string, List<(int Sentence, int Token)>> _occurrences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint[]> _features = new(StringComparer.Ordinal);

    public NerNeighbours(IReadOnlyList<NerSentence> sentences, WordClusters clusters)
    {
        _sentences = sentences;
        _clusters = clusters;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!WordShape.StartsUpper(sentence.Tokens[i]))
                {
                    continue;
                }

                if (!_occurrences.TryGetValue(sentence.Lower[i], out var at))
                {
                    at = [];
                    _occurrences[sentence.Lower[i]] = at;
                }

                if (at.Count < MaxOccurrences)
                {
                    at.Add((s, i));
                }
            }
        }
    }

    /// <summary>
    /// The aggregated neighbour features of a word (templates 110-113); none for a word met only once
    /// capitalised in the document (its own neighbours are already features).
    /// </summary>
    public uint[] Of(string lower)
    {
        if (!_occurrences.TryGetValue(lower, out var at) || at.Count < 2)
        {
            return [];
        }

        if (_features.TryGetValue(lower, out var known))
        {
            return known;
        }

        var set = new HashSet<uint>();
        foreach (var (s, i) in at)
        {
            var sentence = _sentences[s];
            var previous = i > 0 ? sentence.Lower[i - 1] : "<s>";
            var next = i + 1 < sentence.Count ? sentence.Lower[i + 1] : "</s>";
            set.Add(FeatureHash.Of(110, previous));
            set.Add(FeatureHash.Of(111, next));
            if (_clusters.Count > 0)
            {
                set.Add(FeatureHash.Of(112, i > 0 ? WordClusters.At(_clusters.Of(previous), 1) : -2));
                set.Add(FeatureHash.Of(113, i + 1 < sentence.Count ? WordClusters.At(_clusters.Of(next), 1) : -2));
            }
        }

        known = [.. set];
        _features[lower] = known;
        return known;
    }
}
