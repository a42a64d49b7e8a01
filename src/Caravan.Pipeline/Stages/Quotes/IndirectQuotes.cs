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
            // "Un diplomate européen, sous couvert d'anonymat, a estimé que …": a comma before the verb,
            // but a complementizer after it, so the content follows.
            var found = cue ? FromCue(context, sentence, words, start, end)
                : start > 0 && IsCommaBefore(words, start) && !ComplementFollows(context, words, end) && !SpeakerOpens(context, words, start)
                    ? VerbAfterContent(context, sentence, words, start, end)
                : VerbBeforeContent(context, sentence, words, start, end);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// "A Russian energy official, who spoke on condition of anonymity, said …": the words before the
    /// comma are the speaker, not the content, when they open with an indefinite description or a role.
    /// </summary>
    private static bool SpeakerOpens(QuoteContext context, ImmutableArray<Word> words, int verb)
    {
        var first = words.IndexOf(words.FirstOrDefault(w => w.IsWord));
        if (first < 0 || first >= verb)
        {
            return false;
        }

        return context.Lexicon.Indefinite.Contains(words[first].Lower)
            || Enumerable.Range(first, Math.Min(3, verb - first)).Any(k => context.Lexicon.Role(words[k].Lower) is not null);
    }

    private static bool ComplementFollows(QuoteContext context, ImmutableArray<Word> words, int end)
    {
        for (var k = end; k < Math.Min(words.Length, end + 3); k++)
        {
            if (context.Lexicon.IsComplementizer(words[k].Lower) || words[k].IsPunctuation(':'))
            {
                return true;
            }
        }

        return false;
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

            var content = context.Trim(new TextSpan(w.Span.End, sentence.End));
            if (attribution.Speaker is { } s && s.Span.Start >= content.Start)
            {
                return null; // the "speaker" sits inside what would be the reported content
            }

            return Enough(context, content) ? context.Make(content, direct: false, attribution) : null;
        }

        // "Seitkali said the bloc should remain …": only where the language drops the complementizer.
        if (context.Lexicon.BareComplement && end < words.Length && words[end].IsWord
            && (attribution.Speaker is null || attribution.Speaker.Span.End <= words[start].Span.Start))
        {
            var content = context.Trim(new TextSpan(words[end].Span.Start, sentence.End));
            return Enough(context, content) ? context.Make(content, direct: false, attribution) : null;
        }

        return null;
    }

    private static bool Enough(QuoteContext context, TextSpan content) =>
        content.Length > 0 && QuoteContext.WordCount(Words.Of(context.Text, content)) >= context.Options.MinIndirectWords;

    /// <summary>"Laut Tokajew …", "…, according to the ministry.", "Potrivit unui oficial …, CONTENT".</summary>
    private static Quotation? FromCue(QuoteContext context, TextSpan sentence, ImmutableArray<Word> words, int start, int end)
    {
        var attribution = context.Speakers.Resolve(words, start, end, cue: true, 0, words.Length, preferAfter: true);
        if (attribution is null)
        {
            return null;
        }

        TextSpan content;
        if (start == 0)
        {
            // The source phrase runs to the speaker's name when it is named here, else to the first comma.
            var from = words[end - 1].Span.End;
            if (attribution.Speaker is { } named && named.Span.Start >= from && named.Span.End <= sentence.End)
            {
                from = named.Span.End;
            }
            else if (attribution.Speaker is null && words.Skip(end).FirstOrDefault(w => w.IsPunctuation(',')) is { Lower: not null } comma)
            {
                from = comma.Span.End;
            }

            content = new TextSpan(Math.Min(from, sentence.End), sentence.End);
        }
        else if (words[start - 1].IsPunctuation(','))
        {
            content = new TextSpan(sentence.Start, words[start - 1].Span.Start);
        }
        else
        {
            content = sentence;
        }

        content = context.Trim(content);
        return Enough(context, content) ? context.Make(content, direct: false, attribution) : null;
    }
}
