namespace Caravan.Pipeline.Stages.Stories;

/// <summary>One story's running state: centroid (sum of member vectors), languages, time span.</summary>
internal sealed class StoryCluster
{
    private double _norm2;

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

    /// <summary>Dot product of a vector with the centroid.</summary>
    public double Dot(DocVector v)
    {
        var dot = 0.0;
        for (var i = 0; i < v.Ids.Length; i++)
        {
            if (Centroid.TryGetValue(v.Ids[i], out var c))
            {
                dot += c * v.Weights[i];
            }
        }

        return dot;
    }

    /// <summary>Adds an article; returns the term ids new to the centroid (for the inverted index).</summary>
    public List<int> Add(DocVector v, string language, DateTimeOffset? published, int seq, int maxTerms)
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
        foreach (var w in Centroid.Values)
        {
            _norm2 += (double)w * w;
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
