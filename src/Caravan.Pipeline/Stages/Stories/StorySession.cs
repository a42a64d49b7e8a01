using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// Story clustering state over one stream: the term space, the stories, an inverted index from term
/// to stories and each article's story. Process and Restore share one update path, so replaying the
/// processed articles rebuilds exactly the state of an uninterrupted run.
/// </summary>
internal sealed class StorySession : ICorpusSession
{
    private readonly StoryOptions _options;
    private readonly TermSpace _terms;
    private readonly List<StoryCluster> _stories = [];
    private readonly Dictionary<string, StoryCluster> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _articleStory = new(StringComparer.Ordinal);
    private readonly List<List<int>> _postings = [];
    private int _seq;
    private float[] _scores = new float[64];

    public StorySession(StoryOptions options, BackgroundFrequency background)
    {
        _options = options;
        _terms = new TermSpace(background, options.Background);
    }

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var vector = _terms.Vector(article.Fingerprint?.Terms ?? []);
        var story = Follow(article) ?? BestStory(article, vector);
        story ??= NewStory(article.Id);
        Update(story, article, vector);
        return article with { StoryId = story.Id };
    }

    public void Restore(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.StoryId is not { } id)
        {
            return;
        }

        var vector = _terms.Vector(article.Fingerprint?.Terms ?? []);
        var story = _byId.TryGetValue(id, out var known) ? known : NewStory(article.Id, id);
        Update(story, article, vector);
    }

    /// <summary>A copy joins its original's story.</summary>
    private StoryCluster? Follow(Article article) =>
        article.DuplicateOf is { } original && _articleStory.TryGetValue(original, out var index) ? _stories[index] : null;

    private StoryCluster? BestStory(Article article, DocVector vector)
    {
        // Accumulate over postings into a dense array indexed by story; only touched entries are reset.
        if (_scores.Length < _stories.Count)
        {
            Array.Resize(ref _scores, Math.Max(_stories.Count, _scores.Length * 2));
        }

        var touched = new List<int>();
        foreach (var i in StrongestTerms(vector))
        {
            var id = vector.Ids[i];
            if (id >= _postings.Count || _postings[id].Count > _options.MaxPostings)
            {
                continue;
            }

            var w = vector.Weights[i];
            foreach (var s in _postings[id])
            {
                if (_scores[s] == 0)
                {
                    touched.Add(s);
                }

                _scores[s] += w;
            }
        }

        var candidates = TopCandidates(touched);
        foreach (var s in touched)
        {
            _scores[s] = 0;
        }

        StoryCluster? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            var story = _stories[candidate];
            if (!IsOpen(story, article.Published, out var decay))
            {
                continue;
            }

            var overlap = story.Overlap(vector);
            var score = overlap.Dot / (Math.Pow(story.Norm, 1 - _options.Linkage) * Math.Pow(story.Size, _options.Linkage)) * decay;
            var sameLanguage = story.Languages.Contains(article.Language);
            var threshold = sameLanguage ? _options.Threshold : _options.CrossLanguageThreshold;
            // Scores against different thresholds are compared as multiples of their threshold.
            var margin = score / threshold;
            if (overlap.Agreement is { } agreement)
            {
                margin *= (sameLanguage ? _options.SameLanguageAgreement : _options.CrossLanguageAgreement).Factor(agreement);
            }

            if (!sameLanguage && overlap.NumberAgreement is { } numbers)
            {
                margin *= _options.CrossLanguageNumberAgreement.Factor(numbers);
            }

            if (margin >= 1 && margin > bestScore)
            {
                best = story;
                bestScore = margin;
            }
        }

        return best;
    }

    /// <summary>
    /// The <see cref="StoryOptions.Candidates"/> touched stories with the best approximate scores, best
    /// first; ties by story index, so the order is fully determined. A bounded insertion: no full sort.
    /// </summary>
    private List<int> TopCandidates(List<int> touched)
    {
        var top = new List<int>(_options.Candidates + 1);
        foreach (var s in touched)
        {
            var score = _scores[s];
            var at = top.Count;
            while (at > 0 && Better(score, s, top[at - 1]))
            {
                at--;
            }

            if (at < _options.Candidates)
            {
                top.Insert(at, s);
                if (top.Count > _options.Candidates)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }
        }

        return top;
    }

    private bool Better(float score, int story, int other) =>
        score != _scores[other] ? score > _scores[other] : story < other;

    private int[] StrongestTerms(DocVector vector)
    {
        var order = Enumerable.Range(0, vector.Ids.Length).ToArray();
        if (order.Length <= _options.QueryTerms)
        {
            return order;
        }

        var weights = vector.Weights;
        Array.Sort(order, (a, b) => weights[a] != weights[b] ? weights[b].CompareTo(weights[a]) : a.CompareTo(b));
        return order[.._options.QueryTerms];
    }

    private bool IsOpen(StoryCluster story, DateTimeOffset? published, out double decay)
    {
        decay = 1;
        if (_seq - story.LastSeen > _options.Window)
        {
            return false;
        }

        if (published is { } p && story.LastPublished is { } last)
        {
            var gap = Math.Abs((p - last).TotalDays);
            if (gap > _options.MaxGapDays)
            {
                return false;
            }

            decay = (1 + _options.DateBoost) / (1 + (gap / _options.DecayDays));
        }

        return true;
    }

    private StoryCluster NewStory(string articleId, string? id = null)
    {
        id ??= "st-" + StableHash.Hex(articleId);
        for (var n = 2; _byId.ContainsKey(id); n++)
        {
            id = FormattableString.Invariant($"st-{StableHash.Hex(articleId)}-{n}");
        }

        var story = new StoryCluster(id, _stories.Count);
        _stories.Add(story);
        _byId.Add(id, story);
        return story;
    }

    private void Update(StoryCluster story, Article article, DocVector vector)
    {
        foreach (var term in story.Add(vector, article.Language, article.Published, _seq, _options.MaxCentroidTerms, _terms))
        {
            while (_postings.Count <= term)
            {
                _postings.Add([]);
            }

            _postings[term].Add(story.Index);
        }

        _terms.Count(vector);
        _articleStory[article.Id] = story.Index;
        _seq++;
        if (_seq % (_options.Window / 4 + 1) == 0)
        {
            ForgetClosedStories();
        }
    }

    /// <summary>Removes closed stories from the postings so lookups stay proportional to open stories.</summary>
    private void ForgetClosedStories()
    {
        foreach (var list in _postings)
        {
            list.RemoveAll(s => _seq - _stories[s].LastSeen > _options.Window);
        }
    }
}
