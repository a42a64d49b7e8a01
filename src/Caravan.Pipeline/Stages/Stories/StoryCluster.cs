namespace Caravan.Pipeline.Stages.Stories;

/// <summary>One story's running state: centroid (sum of member vectors), languages, time span.</summary>
internal sealed class StoryCluster
{
    private double _norm2;

    // Centroid weight of the specific terms (names, numbers).
    private double _specific;

    public StoryCluster(string id, int index)
    {
        Id = id;
        Index = index;
    }

    public string Id { get; }

    public int Index { get; }

    public Dictionary<int, float> Centroid { get; } = [];

    public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset? LastPublished { get; private set; }

    /// <summary>Stream position of the last article that joined.</summary>
    public int LastSeen { get; private set; }

    public int Size { get; private set; }

    public double Norm => Math.Sqrt(Math.Max(_norm2, 1e-12));

    /// <summary>
    /// The dot product of a vector with the centroid and, where both carry specific terms, their agreement
    /// on them (see <see cref="AgreementScale"/>).
    /// </summary>
    public CentroidOverlap Overlap(DocVector v)
    {
        var dot = 0.0;
        var articleSpecific = 0.0;
        var articleShared = 0.0;
        var storyShared = 0.0;
        for (var i = 0; i < v.Ids.Length; i++)
        {
            var found = Centroid.TryGetValue(v.Ids[i], out var c);
            if (found)
            {
                dot += c * v.Weights[i];
            }

            if (v.Specific[i])
            {
                articleSpecific += v.Weights[i];
                if (found)
                {
                    articleShared += v.Weights[i];
                    storyShared += c;
                }
            }
        }

        double? agreement = articleSpecific > 0 && _specific > 0 ? ((articleShared / articleSpecific) + (storyShared / _specific)) / 2 : null;
        return new CentroidOverlap(dot, agreement);
    }

    /// <summary>Adds an article; returns the term ids new to the centroid (for the inverted index).</summary>
    public List<int> Add(DocVector v, string language, DateTimeOffset? published, int seq, int maxTerms, TermSpace terms)
    {
        var added = new List<int>();
        for (var i = 0; i < v.Ids.Length; i++)
        {
            if (Centroid.TryGetValue(v.Ids[i], out var c))
            {
                Centroid[v.Ids[i]] = c + v.Weights[i];
            }
            else
            {
                Centroid[v.Ids[i]] = v.Weights[i];
                added.Add(v.Ids[i]);
            }
        }

        if (Centroid.Count > 2 * maxTerms)
        {
            Prune(maxTerms);
        }

        _norm2 = 0;
        _specific = 0;
        foreach (var (id, w) in Centroid)
        {
            _norm2 += (double)w * w;
            if (terms.IsSpecific(id))
            {
                _specific += w;
            }
        }

        Languages.Add(language);
        if (published is { } p && (LastPublished is null || p > LastPublished))
        {
            LastPublished = p;
        }

        LastSeen = seq;
        Size++;
        return added;
    }

    /// <summary>Keeps the strongest terms (ties by id), so long stories stay cheap to score.</summary>
    private void Prune(int maxTerms)
    {
        var keep = Centroid.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(maxTerms).ToList();
        Centroid.Clear();
        foreach (var (id, w) in keep)
        {
            Centroid[id] = w;
        }
    }
}

/// <summary>What an article's vector shares with a story's centroid.</summary>
/// <param name="Dot">Dot product with the centroid (sum of member vectors).</param>
/// <param name="Agreement">Agreement on names and numbers in [0, 1]; null when either side has none.</param>
internal readonly record struct CentroidOverlap(double Dot, double? Agreement);
