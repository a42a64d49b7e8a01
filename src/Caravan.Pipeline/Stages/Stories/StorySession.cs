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

    // Provisional stories by the id their split would give the new story (Restore meets that id first).
    private readonly Dictionary<string, StoryCluster> _splitIds = new(StringComparer.Ordinal);
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
        double? margin = null;
        var story = Follow(article) ?? BestStory(article, vector, out margin);
        story ??= NewStory(article.Id);
        story = Place(story, article, vector, margin);
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
        // An id first seen here may be that of a split this article caused (its side left with the second founder).
        var story = _byId.TryGetValue(id, out var known) ? known
            : _splitIds.TryGetValue(id, out var divided) ? divided
            : NewStory(article.Id, id);
        var margin = story.Founder is not null && Follow(article) is null ? Margin(story, article, vector) : null;
        Place(story, article, vector, margin);
    }

    /// <summary>
    /// Adds the article to its story, keeping the provisional state of weak second joins (see
    /// <see cref="ProvisionalStory"/>); returns the story it ends in, which differs when the article divided it.
    /// The margin is the join's score as a multiple of its threshold, null for a copy that followed its original.
    /// </summary>
    private StoryCluster Place(StoryCluster story, Article article, DocVector vector, double? margin)
    {
        var member = new StoryMember(article.Id, vector, article.Language, article.Published, _seq);
        if (story.Size == 0)
        {
            story.Founder = member;
        }
        else if (story.Founder is { } founder)
        {
            story.Founder = null;
            if (margin < _options.ProvisionalBelow && founder.Language == article.Language)
            {
                story.Provisional = new ProvisionalStory(founder, member);
                _splitIds[NextId(member.ArticleId)] = story;
            }
        }
        else if (story.Provisional is { } provisional)
        {
            if (story.Size >= _options.ProvisionalMembers)
            {
                EndProvisional(story);
            }
            else
            {
                var leaves = provisional.Add(member, _options.SplitSide);
                if (provisional.Divided)
                {
                    var fresh = Split(story, provisional);
                    Advance(article, vector, leaves ? fresh : story);
                    return leaves ? fresh : story;
                }
            }
        }

        Update(story, article, vector);
        return story;
    }

    /// <summary>The second founder and its side leave as a new story; both stories are rebuilt from their members.</summary>
    private StoryCluster Split(StoryCluster story, ProvisionalStory provisional)
    {
        EndProvisional(story);
        var fresh = NewStory(provisional.Second.ArticleId);
        Rebuild(story, provisional.Staying);
        Rebuild(fresh, provisional.Leaving);
        foreach (var member in provisional.Leaving)
        {
            _articleStory[member.ArticleId] = fresh.Index;
        }

        return fresh;
    }

    private void Rebuild(StoryCluster story, IEnumerable<StoryMember> members)
    {
        var before = story.Centroid.Keys.ToHashSet();
        story.Clear();
        foreach (var m in members)
        {
            story.Add(m.Vector, m.Language, m.Published, m.Seq, _options.MaxCentroidTerms, _terms);
        }

        foreach (var term in before.Where(t => !story.Centroid.ContainsKey(t)))
        {
            _postings[term].Remove(story.Index);
        }

        foreach (var term in story.Centroid.Keys.Where(t => !before.Contains(t)))
        {
            while (_postings.Count <= term)
            {
                _postings.Add([]);
            }

            _postings[term].Add(story.Index);
        }
    }

    private void EndProvisional(StoryCluster story)
    {
        if (story.Provisional is { } provisional)
        {
            _splitIds.Remove(NextId(provisional.Second.ArticleId));
            story.Provisional = null;
        }
    }

    /// <summary>A copy joins its original's story.</summary>
    private StoryCluster? Follow(Article article) =>
        article.DuplicateOf is { } original && _articleStory.TryGetValue(original, out var index) ? _stories[index] : null;

    private StoryCluster? BestStory(Article article, DocVector vector, out double? bestMargin)
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
        bestMargin = null;
        foreach (var candidate in candidates)
        {
            var story = _stories[candidate];
            if (Margin(story, article, vector) is { } margin && margin >= 1 && margin > (bestMargin ?? 0))
            {
                best = story;
                bestMargin = margin;
            }
        }

        return best;
    }

    /// <summary>The article's score against an open story as a multiple of its threshold; null when the story is closed.</summary>
    private double? Margin(StoryCluster story, Article article, DocVector vector)
    {
        if (!IsOpen(story, article.Published, out var decay))
        {
            return null;
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

        return margin;
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
        id ??= NextId(articleId);
        var story = new StoryCluster(id, _stories.Count);
        _stories.Add(story);
        _byId.Add(id, story);
        return story;
    }

    /// <summary>The id a story founded by the article would get now (unique among the session's stories).</summary>
    private string NextId(string articleId)
    {
        var id = "st-" + StableHash.Hex(articleId);
        for (var n = 2; _byId.ContainsKey(id); n++)
        {
            id = FormattableString.Invariant($"st-{StableHash.Hex(articleId)}-{n}");
        }

        return id;
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

        Advance(article, vector, story);
    }

    /// <summary>Counts the placed article and moves the stream on.</summary>
    private void Advance(Article article, DocVector vector, StoryCluster story)
    {
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

        // Closed stories no longer need the members they remembered for a split.
        foreach (var story in _stories.Where(s => _seq - s.LastSeen > _options.Window))
        {
            story.Founder = null;
            EndProvisional(story);
        }
    }
}
