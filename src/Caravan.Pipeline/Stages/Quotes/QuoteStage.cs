using Caravan.Core.Errors;
using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Finds quotations — direct (between quotation marks of any convention, split around the reporting
/// clause, over several paragraphs) and indirect (reported speech after a reporting verb) — and
/// attributes each to a PER or ORG mention of the article, or to nobody for anonymous sources.
/// Speakers are read from the article's mentions as <see cref="SpeakerMentions"/> repairs them.
/// Invariants: quote spans lie inside the text and do not overlap; the speaker's span is a name the
/// article's text holds (a mention, a part of one, or a repeated surname beside a reporting verb),
/// never invented; output is ordered by position.
/// </summary>
/// <param name="options">Thresholds; the defaults when null.</param>
/// <param name="keys">Keys for speaker names cut out of a mention; the entities stage's keys when null.</param>
public sealed class QuoteStage(QuoteOptions? options = null, EntityKeys? keys = null) : IArticleStage
{
    private readonly QuoteOptions _options = options ?? QuoteOptions.Default;
    private readonly EntityKeys _keys = keys ?? new EntityKeys(IcuGazetteer.WithCapitals);

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
        var context = new QuoteContext(article, QuoteLexicon.For(article.Language), _options, sentences, _keys);
        var candidates = QuoteScanner.Scan(text, paragraphs);
        var quotes = new List<Quotation>();
        var accepted = new List<(QuoteCandidate Candidate, Quotation Quote)>();
        var next = 0;
        var firstOpen = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (next < candidates.Length && candidates[next].Open < sentence.End)
            {
                var candidate = candidates[next];
                var previousEnd = next > 0 ? candidates[next - 1].End : 0;
                var nextOpen = next + 1 < candidates.Length ? candidates[next + 1].Open : text.Length;
                next++;
                var inherited = accepted.Count > 0 ? Inherited(context, accepted[^1], candidate) : null;
                if (DirectQuotes.Attribute(context, candidate, previousEnd, nextOpen, inherited) is { } q)
                {
                    quotes.Add(q);
                    accepted.Add((candidate, q));
                    if (quotes.Count > _options.MaxQuotes)
                    {
                        throw new CaravanException(ErrorCode.LimitExceeded, FormattableString.Invariant(
                            $"more than {_options.MaxQuotes:N0} quotations in one document (QuoteOptions.MaxQuotes)"));
                    }
                }
            }

            // Accepted quotes are in text order and do not overlap: those ending before this sentence are done with.
            while (firstOpen < accepted.Count && accepted[firstOpen].Candidate.End <= sentence.Start)
            {
                firstOpen++;
            }

            var inside = accepted.Skip(firstOpen).TakeWhile(a => a.Candidate.Open < sentence.End).ToList();
            if (inside.Count > 0 && !inside.All(a => IsFragmentWithin(text, a.Candidate, sentence)))
            {
                continue; // a sentence with a quoted sentence, or inside one, is not reported speech besides
            }

            if (IndirectQuotes.Find(context, sentence) is { } indirect && inside.All(a => indirect.Span.Contains(a.Quote.Span)))
            {
                // "Blinken sagte, die USA unterstützten ihre „Souveränität …“": the reported clause, not
                // the quoted fragment inside it, is the quotation.
                quotes.RemoveAll(q => inside.Any(a => ReferenceEquals(a.Quote, q)));
                quotes.Add(indirect);
            }
        }

        return article with { Quotes = [.. quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End)] };
    }

    /// <summary>A quoted fragment (not a sentence) lying inside one sentence.</summary>
    private static bool IsFragmentWithin(string text, QuoteCandidate c, TextSpan sentence) =>
        sentence.Contains(new TextSpan(c.Open, c.End)) && c.Content.Length > 0 && char.IsLower(text[c.Content.Start]);

    /// <summary>
    /// The previous quote's speaker, when this quote opens the sentence right after the one that
    /// ended the previous quote, in the same paragraph.
    /// </summary>
    private static Attribution? Inherited(QuoteContext context, (QuoteCandidate Candidate, Quotation Quote) previous, QuoteCandidate current)
    {
        if (previous.Quote.SpeakerKey is null || previous.Quote.SpeakerSpan is null)
        {
            return null;
        }

        var openSentence = context.SentenceAt(current.Open);
        var previousSentence = context.SentenceAt(Math.Max(previous.Candidate.Content.End, previous.Candidate.End - 1));
        if (openSentence.Start != current.Open || previousSentence.End > openSentence.Start)
        {
            return null;
        }

        var between = context.Text.AsSpan(previousSentence.End, openSentence.Start - previousSentence.End);
        if (between.Contains("\n\n", StringComparison.Ordinal) || !between.IsWhiteSpace())
        {
            return null;
        }

        var mention = context.Speakers.MentionAt(previous.Quote.SpeakerSpan.Value);
        return mention is null ? null : new Attribution(mention, false);
    }
}
