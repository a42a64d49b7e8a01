using Caravan.Pipeline.Lexicons;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>What the direct and indirect quote finders share for one article.</summary>
internal sealed class QuoteContext(Article article, QuoteLexicon lexicon, QuoteOptions options, ImmutableArray<TextSpan> sentences, EntityKeys keys)
{
    public string Text => article.Text;

    public string Language => article.Language;

    public QuoteLexicon Lexicon => lexicon;

    public QuoteOptions Options => options;

    public ImmutableArray<TextSpan> Sentences => sentences;

    public SpeakerFinder Speakers { get; } = new(article.Text, SpeakerMentions.Repair(article, lexicon, keys, sentences), sentences, lexicon);

    /// <summary>The sentence holding <paramref name="offset"/>, or the whole text when there are no sentences.</summary>
    /// <remarks>A binary search: quote candidates ask once each, and a hostile text has hundreds of thousands of both.</remarks>
    public TextSpan SentenceAt(int offset)
    {
        // The first sentence ending after the offset (sentences are sorted and do not overlap).
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo < sentences.Length)
        {
            var s = sentences[lo];
            return offset >= s.Start ? s : new TextSpan(offset, offset);
        }

        return new TextSpan(Math.Min(offset, Text.Length), Text.Length);
    }

    /// <summary>Builds the quotation record, remembering the speaker for later pronouns.</summary>
    public Quotation Make(TextSpan span, bool direct, Attribution? attribution)
    {
        var speaker = attribution?.Speaker;
        if (speaker is not null || attribution?.Anonymous == true)
        {
            Speakers.Record(speaker, span.Start);
        }

        // A place quoted as speaking is its government: reported as an organisation.
        EntityType? type = speaker is null ? null : speaker.Type == EntityType.Loc ? EntityType.Org : speaker.Type;
        return new Quotation(span, direct, speaker?.Span, speaker?.Surface, type, speaker?.Key, Language);
    }

    public static int WordCount(ImmutableArray<Word> words) => words.Count(w => w.IsWord);

    /// <summary>The span without surrounding white space and final sentence punctuation.</summary>
    public TextSpan Trim(TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(Text[s]) || Text[s] is ',' or ':' or '—' or '–'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(Text[e - 1]) || Text[e - 1] is '.' or ',' or ';' or ':' or '—' or '–' or '-'))
        {
            e--;
        }

        return new TextSpan(s, e);
    }
}
