using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Decides whether text in quotation marks is a quotation, and whose: a reporting verb right after
/// the closing mark ("„…“, sagte Tokajew"), else one before the opening mark in the same sentence
/// ("Blinken said: “…”", "„…“, sagte er, „…“"), else a name and a colon. Short unattributed
/// fragments are scare quotes; quoted titles are recognised by a cue word before them or title case.
/// </summary>
internal static class DirectQuotes
{
    public static Quotation? Attribute(QuoteContext context, QuoteCandidate quote, int previousEnd, int nextOpen, Attribution? inherited)
    {
        var text = context.Text;
        var content = Words.Of(text, quote.Content);
        var wordCount = QuoteContext.WordCount(content);
        if (wordCount == 0)
        {
            return null;
        }

        var closeSentence = context.SentenceAt(Math.Max(quote.Content.End, quote.End - 1));
        var postEnd = Math.Max(quote.End, Math.Min(closeSentence.End, nextOpen));
        var post = Words.Of(text, new TextSpan(quote.End, postEnd));
        var openSentence = context.SentenceAt(quote.Open);
        var pre = Words.Of(text, new TextSpan(Math.Min(quote.Open, Math.Max(openSentence.Start, previousEnd)), quote.Open));

        // A short quoted sentence counts only with its verb right after the closing mark ("“We are ready,” he said").
        var verbAfter = false;
        var attributed = false;
        Attribution? attribution = null;
        foreach (var (start, end, cue) in context.Speakers.Verbs(post, 0, VerbReach(context, post)))
        {
            attributed = true;
            verbAfter = start <= 2;
            attribution = context.Speakers.Resolve(post, start, end, cue, 0, post.Length, preferAfter: true, anchor: quote.Open);
            break;
        }

        if (!attributed)
        {
            foreach (var (start, end, cue) in context.Speakers.Verbs(pre, 0, pre.Length).Reverse())
            {
                attributed = true;
                attribution = context.Speakers.Resolve(pre, start, end, cue, 0, pre.Length, preferAfter: false);
                if (attribution is not null)
                {
                    break;
                }
            }
        }

        if (!attributed && pre.Length >= 2 && pre[^1].IsPunctuation(':'))
        {
            // "Peskow: „…“" — a name and a colon attribute without a verb.
            for (var k = pre.Length - 2; k >= Math.Max(0, pre.Length - 3); k--)
            {
                if (context.Speakers.MentionAt(pre[k].Span) is { Type: EntityType.Per or EntityType.Org } m)
                {
                    attributed = true;
                    attribution = new Attribution(m, false);
                    break;
                }
            }
        }

        if (!attributed && inherited is not null)
        {
            // “A,” Nurlanova said. “B.” — the next quoted sentence goes on in the same voice.
            attributed = true;
            attribution = inherited;
        }

        if (IsTitle(context, pre, content, attributed))
        {
            return null;
        }

        var startsUpper = FirstLetterIsUpper(text, quote.Content);
        var endsSentence = text[quote.Content.End - 1] is '.' or '!' or '?' or '…';
        var accepted = attributed
            ? wordCount >= context.Options.MinAttributedWords || (verbAfter && startsUpper && wordCount >= context.Options.MinSentenceWords)
            : startsUpper && endsSentence && wordCount >= context.Options.MinUnattributedWords;
        if (!quote.Closed)
        {
            accepted &= startsUpper && wordCount >= context.Options.MinUnattributedWords;
        }

        return accepted ? context.Make(quote.Content, direct: true, attribution) : null;
    }

    /// <summary>
    /// Where the reporting verb after the closing mark must start: within <see cref="QuoteOptions.MaxVerbDistanceAfter"/>
    /// tokens, not counting the words of names ("…," the General Inspectorate for Emergency Situations (IGSU) said).
    /// </summary>
    private static int VerbReach(QuoteContext context, ImmutableArray<Word> post)
    {
        var k = 0;
        for (var free = 0; k < post.Length && free < context.Options.MaxVerbDistanceAfter; k++)
        {
            if (!post[k].IsWord || context.Speakers.MentionAt(post[k].Span) is null)
            {
                free++;
            }
        }

        return k;
    }

    private static bool IsTitle(QuoteContext context, ImmutableArray<Word> pre, ImmutableArray<Word> content, bool attributed)
    {
        for (var k = pre.Length - 1; k >= Math.Max(0, pre.Length - 3); k--)
        {
            if (context.Lexicon.TitleCues.Contains(pre[k].Lower))
            {
                return true;
            }
        }

        if (attributed)
        {
            return false;
        }

        // "The Art of the Deal": every long word capitalised and no sentence punctuation.
        var words = content.Where(w => w.IsWord && w.Lower.Length > 3).ToList();
        var text = context.Text;
        return words.Count >= 2 && words.All(w => char.IsUpper(text[w.Span.Start]))
            && !content.Any(w => w.Lower is "." or "!" or "?");
    }

    private static bool FirstLetterIsUpper(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]);
            }
        }

        return false;
    }
}
