using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Stages.Summaries;

/// <summary>
/// Picks a story's summary sentences from its articles in one language: each sentence is scored by
/// how many of the story's articles share its stems (centrality, after the centroid methods of
/// MEAD, Radev et al. 2004), with a bonus for leading sentences, skipping sentences that repeat one
/// already chosen. The title is the title of the most central article, or its best sentence.
/// </summary>
public sealed class ExtractiveSummarizer
{
    public int Sentences { get; init; } = 3;

    public int MaxSentenceLength { get; init; } = 400;

    public StorySummary Summarize(string language, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        var perArticle = articles.Select(a => Candidates(a).ToList()).ToList();
        foreach (var candidates in perArticle)
        {
            foreach (var unit in candidates.SelectMany(c => c.Units).Distinct(StringComparer.Ordinal))
            {
                support[unit] = support.GetValueOrDefault(unit) + 1;
            }
        }

        var scored = perArticle
            .SelectMany((candidates, a) => candidates.Select(c => (Candidate: c, Article: a, Score: Score(c, support))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Article).ThenBy(x => x.Candidate.Position)
            .ToList();
        var chosen = new List<(Candidate Candidate, int Article)>();
        foreach (var (candidate, article, _) in scored)
        {
            if (chosen.Count >= Sentences)
            {
                break;
            }

            if (chosen.All(c => Overlap(c.Candidate.Units, candidate.Units) < 0.5))
            {
                chosen.Add((candidate, article));
            }
        }

        var summary = string.Join(" ", chosen.OrderBy(c => c.Article).ThenBy(c => c.Candidate.Position).Select(c => c.Candidate.Text));
        var central = chosen.Count > 0 ? chosen[0].Article : 0;
        var title = articles.Count == 0 ? "" : articles[central].Title ?? (chosen.Count > 0 ? chosen[0].Candidate.Text : "");
        return new StorySummary(language, title.Trim(), summary, [.. articles.Select(a => a.Id)]);
    }

    private IEnumerable<Candidate> Candidates(Article article)
    {
        var sentences = article.Sentences.IsDefaultOrEmpty ? new SentenceSplitter(article.Language).Split(article.Text) : article.Sentences;
        var position = 0;
        // A line break ends a sentence too: extracted text keeps headings and captions on their own lines.
        foreach (var line in sentences.SelectMany(span => span.Slice(article.Text).Split('\n')))
        {
            var text = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            // Fragments and boilerplate lines ("Leave a Reply") carry no story.
            if (text.Length < 40 || text.Length > MaxSentenceLength || !text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            yield return new Candidate(text, position++, LexiconUnits.Of(text));
        }
    }

    private static double Score(Candidate c, Dictionary<string, int> support)
    {
        var sum = c.Units.Sum(u => support.GetValueOrDefault(u) > 1 ? support[u] : 0.2);
        return sum / Math.Sqrt(c.Units.Count + 1) * (1 + (1.0 / (1 + c.Position)));
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / (double)Math.Min(a.Count, b.Count);

    private sealed record Candidate(string Text, int Position, HashSet<string> Units);
}
