using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Reported speech in one sentence, in three shapes: "CONTENT, sagte X." (verb after a comma),
/// "X sagte, dass CONTENT." (speaker, verb, then a comma, colon or complementizer) and
/// "Laut X CONTENT." (a source cue). Only with a speaker phrase next to the verb — a named actor,
/// a resolvable pronoun or description, or an anonymous source — so "said" alone never makes a quote.
/// </summary>
internal static class IndirectQuotes
{
    public static Quotation? Find(QuoteContext context, TextSpan sentence)
    {
        var words = Words.Of(context.Text, sentence);
        foreach (var (start, end, cue) in context.Speakers.Verbs(words, 0, words.Length))
        {
            var found = cue ? FromCue(context, sentence, words, start, end)
                : start > 0 && IsCommaBefore(words, start) ? VerbAfterContent(context, sentence, words, start, end)
                : VerbBeforeContent(context, sentence, words, start, end);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsCommaBefore(ImmutableArray<Word> words, int verb) =>
        words[verb - 1].IsPunctuation(',')
        || (verb > 1 && words[verb - 1].Lower is "—" or "–" && words[verb - 2].IsPunctuation(','));

    /// <summary>"Kasachstan betrachte die EAWU als Wirtschaftsblock, sagte Tokajew."</summary>
    private static Quotation? VerbAfterContent(QuoteContext context, TextSpan sentence, ImmutableArray<Word> words, int start, int end)
    {
        var comma = words[start - 1].IsPunctuation(',') ? start - 1 : start - 2;
        var content = context.Trim(new TextSpan(sentence.Start, words[comma].Span.Start));
        if (QuoteContext.WordCount(Words.Of(context.Text, content)) < context.Options.MinIndirectWords)
        {
            return null;
        }

        var attribution = context.Speakers.Resolve(words, start, end, cue: false, comma + 1, words.Length, preferAfter: true);
        return attribution is null ? null : context.Make(content, direct: false, attribution);
    }

    /// <summary>"Der Diplomat sagte, seine Nation habe …"; "Blinken told reporters that …".</summary>
    private static Quotation? VerbBeforeContent(QuoteContext context, TextSpan sentence, ImmutableArray<Word> words, int start, int end)
    {
        var attribution = context.Speakers.Resolve(words, start, end, cue: false, 0, words.Length, preferAfter: false);
        if (attribution is null)
        {
            return null;
        }

        for (var k = end; k < Math.Min(words.Length, end + context.Options.MaxContentDistance); k++)
        {
            var w = words[k];
            var opens = w.IsPunctuation(',') || w.IsPunctuation(':') || context.Lexicon.IsComplementizer(w.Lower);
            if (!opens)
            {
                continue;
            }

            var from = context.Lexicon.IsComplementizer(w.Lower) ? w.Span.Start : w.Span.End;
            var content = context.Trim(new TextSpan(from, sentence.End));
            if (attribution.Speaker is { } s && s.Span.Start >= content.Start)
            {
                return null; // the "speaker" sits inside what would be the reported content
            }

            return QuoteContext.WordCount(Words.Of(context.Text, content)) >= context.Options.MinIndirectWords
                ? context.Make(content, direct: false, attribution)
                : null;
        }

        return null;
    }

    /// <summary>"Laut Tokajew …", "…, according to the ministry."</summary>
    private static Quotation? FromCue(QuoteContext context, TextSpan sentence, ImmutableArray<Word> words, int start, int end)
    {
        var attribution = context.Speakers.Resolve(words, start, end, cue: true, 0, words.Length, preferAfter: true);
        if (attribution?.Speaker is not { } speaker)
        {
            return null;
        }

        TextSpan content;
        if (start == 0)
        {
            content = new TextSpan(speaker.Span.End, sentence.End);
        }
        else if (words[start - 1].IsPunctuation(',') && Words.Of(context.Text, new TextSpan(speaker.Span.End, sentence.End)).All(w => !w.IsWord))
        {
            content = new TextSpan(sentence.Start, words[start - 1].Span.Start);
        }
        else
        {
            content = sentence;
        }

        content = context.Trim(content);
        return content.Length > 0 && QuoteContext.WordCount(Words.Of(context.Text, content)) >= context.Options.MinIndirectWords
            ? context.Make(content, direct: false, attribution)
            : null;
    }
}
