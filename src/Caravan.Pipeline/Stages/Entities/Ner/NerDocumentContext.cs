namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Non-local evidence from the whole document (Ratinov and Roth's "prediction history"): words
/// seen in lowercase mid-sentence, the shape of a word's first mention, and the entity type last
/// assigned to each word. Built per document; not thread-safe.
/// </summary>
internal sealed class NerDocumentContext
{
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstShape = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _history = new(StringComparer.Ordinal);

    public NerDocumentContext(IEnumerable<NerSentence> sentences)
    {
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Count; i++)
            {
                var word = s.Tokens[i];
                if (i > 0 && word.Length > 0 && char.IsLower(word[0]))
                {
                    _lowercase.Add(s.Lower[i]);
                }

                // The first mid-sentence, mixed-case occurrence shows how the word is really spelled.
                if (i > 0 && !s.AllCaps)
                {
                    _firstShape.TryAdd(s.Lower[i], s.Shapes[i]);
                }
            }
        }
    }

    public bool SeenLowercase(string lower) => _lowercase.Contains(lower);

    public string FirstShape(string lower) => _firstShape.TryGetValue(lower, out var shape) ? shape : "?";

    /// <summary>1 + the entity type last assigned to the word in this document, 0 if never.</summary>
    public int History(string lower) => _history.TryGetValue(lower, out var t) ? t : 0;

    public void Record(string lower, int tag)
    {
        if (tag != NerTags.Outside)
        {
            _history[lower] = 1 + (int)NerTags.TypeOf(tag);
        }
    }
}
