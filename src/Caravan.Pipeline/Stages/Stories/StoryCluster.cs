namespace Caravan.Pipeline.Stages.Stories;

/// <summary>One story's running state: centroid (sum of member vectors), languages, time span.</summary>
internal sealed class StoryCluster
{
    private double _norm2;

    // Centroid weight of the specific terms (names, numbers), and of the numbers alone.
    private double _specific;
    private double _numbers;

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

    /// <summary>The founding article while the story holds it alone (for <see cref="ProvisionalStory"/>).</summary>
    public StoryMember? Founder { get; set; }

    /// <summary>Set while the story may still split.</summary>
    public ProvisionalStory? Provisional { get; set; }

    public double Norm => Math.Sqrt(Math.Max(_norm2, 1e-12));

    /// <summary>
    /// The dot product of a vector with the centroid and, where both carry specific terms, their agreement
    /// on them (see <see cref="AgreementScale"/>); the same agreement on numbers alone where both carry numbers.
    /// </summary>
    public CentroidOverlap Overlap(DocVector v)
    {
        var dot = 0.0;
        var articleSpecific = 0.0;
        var articleShared = 0.0;
        var storyShared = 0.0;
        var articleNumbers = 0.0;
        var articleNumbersShared = 0.0;
        var storyNumbersShared = 0.0;
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

            if (v.Number[i])
            {
                articleNumbers += v.Weights[i];
                if (found)
                {
                    articleNumbersShared += v.Weights[i];
                    storyNumbersShared += c;
                }
            }
        }

        return new CentroidOverlap(
            dot,
            Agreement(articleShared, articleSpecific, storyShared, _specific),
            Agreement(articleNumbersShared, articleNumbers, storyNumbersShared, _numbers));
    }

    // The mean of the article's share found in the story and the story's found in the article; null when either has none.
    private static double? Agreement(double articleShared, double article, double storyShared, double story) =>
        article > 0 && story > 0 ? ((articleShared / article) + (storyShared / story)) / 2 : null;

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
        _numbers = 0;
        foreach (var (id, w) in Centroid)
        {
            _norm2 += (double)w * w;
            if (terms.IsSpecific(id))
            {
                _specific += w;
            }

            if (terms.IsNumber(id))
            {
                _numbers += w;
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

    /// <summary>Empties the story before it is built again from some of its members.</summary>
    public void Clear()
    {
        Centroid.Clear();
        Languages.Clear();
        LastPublished = null;
        LastSeen = 0;
        Size = 0;
        _norm2 = 0;
        _specific = 0;
        _numbers = 0;
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
/// <param name="NumberAgreement">Agreement on numbers alone in [0, 1]; null when either side has none.</param>
internal readonly record struct CentroidOverlap(double Dot, double? Agreement, double? NumberAgreement);
