namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// Term ids and document frequencies over the stream so far, for idf weights. Updated after each
/// article is placed, so an article is weighted by what came before it (the same in a resumed run).
/// </summary>
internal sealed class TermSpace
{
    private readonly BackgroundFrequency _background;
    private readonly double _pseudoDocuments;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _df = [];
    private readonly List<bool> _specific = [];
    private readonly List<bool> _number = [];

    // Per term: its pseudo-document frequency, B x background share.
    private readonly List<double> _general = [];

    public TermSpace(BackgroundFrequency background, double pseudoDocuments)
    {
        _background = background;
        _pseudoDocuments = pseudoDocuments;
    }

    public int Documents { get; private set; }

    /// <summary>The article's terms as (id, weight x idf), normalised to unit length.</summary>
    public DocVector Vector(ImmutableArray<WeightedTerm> terms)
    {
        var ids = new int[terms.Length];
        var weights = new float[terms.Length];
        var specific = new bool[terms.Length];
        var number = new bool[terms.Length];
        var norm = 0.0;
        for (var i = 0; i < terms.Length; i++)
        {
            var id = Intern(terms[i].Term);
            // Smoothed idf over the stream and B general-language pseudo-documents; the +10 keeps the first
            // articles of a stream from treating every word as rare.
            var idf = Math.Log((Documents + _pseudoDocuments + 10.0) / (_df[id] + _general[id] + 1.0));
            var w = (float)(terms[i].Weight * Math.Max(idf, 0.05));
            ids[i] = id;
            weights[i] = w;
            specific[i] = _specific[id];
            number[i] = _number[id];
            norm += (double)w * w;
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }

        return new DocVector(ids, weights, specific, number);
    }

    /// <summary>Counts the article's terms (call once per article, after placing it).</summary>
    public void Count(DocVector vector)
    {
        foreach (var id in vector.Ids)
        {
            _df[id]++;
        }

        Documents++;
    }

    public int DocumentFrequency(int id) => _df[id];

    /// <summary>
    /// True for a name skeleton ("n:") or a number ("#"): terms that tell one event from another of the
    /// same kind (who, where, how many), unlike the topic's words.
    /// </summary>
    public bool IsSpecific(int id) => _specific[id];

    /// <summary>True for a number ("#"): a translation keeps every one, another report of the event need not.</summary>
    public bool IsNumber(int id) => _number[id];

    private int Intern(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _ids.Count;
            _ids.Add(term, id);
            _df.Add(0);
            _number.Add(term.StartsWith('#'));
            _specific.Add(term.StartsWith("n:", StringComparison.Ordinal) || _number[id]);
            _general.Add(_pseudoDocuments * _background.Share(term));
        }

        return id;
    }
}

/// <summary>
/// A unit-length sparse vector: parallel arrays of term ids, weights, <see cref="TermSpace.IsSpecific"/> and
/// <see cref="TermSpace.IsNumber"/>.
/// </summary>
internal sealed record DocVector(int[] Ids, float[] Weights, bool[] Specific, bool[] Number);
