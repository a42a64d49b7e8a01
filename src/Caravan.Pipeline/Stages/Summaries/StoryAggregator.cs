namespace Caravan.Pipeline.Stages.Summaries;

/// <summary>
/// Builds the <see cref="Story"/> records from processed articles (carrying StoryId and DuplicateOf):
/// main language, a title and summary per language (main first), documents in stream order, first and
/// last seen, topics, and the number of independent sources (all copies of one wire story count once).
/// A pure function of the articles and their order.
/// </summary>
public sealed class StoryAggregator
{
    private readonly TopicClassifier? _topics;
    private readonly ExtractiveSummarizer _summarizer;

    public StoryAggregator(TopicClassifier? topics = null, ExtractiveSummarizer? summarizer = null)
    {
        _topics = topics;
        _summarizer = summarizer ?? new ExtractiveSummarizer();
    }

    public ImmutableArray<Story> Aggregate(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var lineage = Lineage(articles);
        return [.. articles
            .Where(a => a.StoryId is not null)
            .GroupBy(a => a.StoryId!, StringComparer.Ordinal)
            .Select(g => Build(g.Key, [.. g], lineage))];
    }

    private Story Build(string id, List<Article> members, Dictionary<string, string> lineage)
    {
        var byLanguage = members.GroupBy(a => a.Language, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => members.IndexOf(g.First()))
            .ToList();
        var summaries = byLanguage.Select(g => _summarizer.Summarize(g.Key, [.. g])).ToImmutableArray();
        var main = summaries[0];
        var dates = members.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        var sources = members.Select(a => lineage.GetValueOrDefault(a.Id, a.Id)).Distinct(StringComparer.Ordinal).Count();
        var topics = _topics?.Classify(members.Take(20).Select(a => (a.Title ?? "") + "\n" + a.Text), main.Language)
            .Where((t, i) => i == 0 || t.Probability >= 0.25).Select(t => t.Label).ToImmutableArray() ?? [];
        return new Story(
            id,
            main.Title,
            main.Summary,
            [.. byLanguage.Select(g => g.Key)],
            [.. members.Select(a => a.Id)],
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            sources)
        {
            Language = main.Language,
            Summaries = summaries,
            Topics = topics,
        };
    }

    /// <summary>Each article's lineage root: follows DuplicateOf links to the first copy.</summary>
    private static Dictionary<string, string> Lineage(IReadOnlyList<Article> articles)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (a.DuplicateOf is { } of && !string.Equals(of, a.Id, StringComparison.Ordinal))
            {
                parent.TryAdd(a.Id, of);
            }
        }

        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var current = a.Id;
            // Bounded walk: a malformed input with a cycle must not hang.
            for (var steps = 0; steps < 64 && parent.TryGetValue(current, out var next); steps++)
            {
                current = next;
            }

            roots[a.Id] = current;
        }

        return roots;
    }
}
