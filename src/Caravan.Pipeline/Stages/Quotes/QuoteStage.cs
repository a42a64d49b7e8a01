using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Finds quotations — direct (between quotation marks of any convention, split around the reporting
/// clause, over several paragraphs) and indirect (reported speech after a reporting verb) — and
/// attributes each to a PER or ORG mention of the article, or to nobody for anonymous sources.
/// Invariants: quote spans lie inside the text and do not overlap; the speaker is always a mention
/// of this article (never invented); output is ordered by position.
/// </summary>
public sealed class QuoteStage(QuoteOptions? options = null) : IArticleStage
{
    private readonly QuoteOptions _options = options ?? QuoteOptions.Default;

    public StageInfo Info { get; } = new("quotes", 1, ArticleFeatures.Sentences | ArticleFeatures.Mentions, ArticleFeatures.Quotes);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var text = article.Text;
        if (text.Length == 0)
        {
            return article with { Quotes = [] };
        }

        var sentences = article.Sentences.IsDefaultOrEmpty ? [new TextSpan(0, text.Length)] : article.Sentences;
        var paragraphs = article.Paragraphs.IsDefaultOrEmpty ? Paragraphs.Split(text) : article.Paragraphs;
        var context = new QuoteContext(article, QuoteLexicon.For(article.Language), _options, sentences);
        var candidates = QuoteScanner.Scan(text, paragraphs);
        var quotes = ImmutableArray.CreateBuilder<Quotation>();
        var next = 0;
        var accepted = new List<QuoteCandidate>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (next < candidates.Length && candidates[next].Open < sentence.End)
            {
                var candidate = candidates[next];
                var previousEnd = next > 0 ? candidates[next - 1].End : 0;
                var nextOpen = next + 1 < candidates.Length ? candidates[next + 1].Open : text.Length;
                next++;
                if (DirectQuotes.Attribute(context, candidate, previousEnd, nextOpen) is { } q)
                {
                    quotes.Add(q);
                    accepted.Add(candidate);
                }
            }

            // A sentence with a direct quote, or inside one, is not reported speech besides.
            if (accepted.Skip(Math.Max(0, accepted.Count - 4)).Any(c => c.Open < sentence.End && c.End > sentence.Start))
            {
                continue;
            }

            if (IndirectQuotes.Find(context, sentence) is { } indirect)
            {
                quotes.Add(indirect);
            }
        }

        return article with { Quotes = quotes.ToImmutable() };
    }
}
