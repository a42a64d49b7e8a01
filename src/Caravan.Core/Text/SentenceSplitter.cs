using System.Collections.Frozen;
using Caravan.Core.Languages;
using Caravan.Core.Model;

namespace Caravan.Core.Text;

/// <summary>
/// Rule-based sentence boundaries, linear in the input: a sentence ends at '.', '!', '?', '…' (plus
/// closing quotes and brackets) followed by white space and an opening character, unless the word
/// before the period is a known abbreviation of the language (Languages/&lt;iso&gt;/abbreviations.txt),
/// a single letter (an initial) or an ordinal number ("28. Februar"). Paragraph breaks always end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<char> Closers = "\"'”’»«“‘)]›」』".ToFrozenSet();
    private readonly FrozenSet<string> _abbreviations;

    public SentenceSplitter(string language)
    {
        _abbreviations = LanguageData.Lines(language, "abbreviations")
            .Concat(LanguageData.Lines("en", "abbreviations"))
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Sentences of the whole text; each is trimmed of surrounding white space.</summary>
    public ImmutableArray<TextSpan> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                Add(text, start, i, sentences);
                start = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' or '。' or '！' or '？')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' || Closers.Contains(text[end])))
                {
                    end++;
                }

                if (IsBoundary(text, i, end))
                {
                    Add(text, start, end, sentences);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(text, start, text.Length, sentences);
        return sentences.ToImmutable();
    }

    private bool IsBoundary(string text, int mark, int end)
    {
        if (text[mark] is '。' or '！' or '？')
        {
            return true;
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var following = text[next];
        if (char.IsLower(following))
        {
            return false;
        }

        if (text[mark] != '.')
        {
            return true;
        }

        var wordStart = mark;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..(mark + 1)];
        var bare = word.TrimStart('(', '"', '„', '«', '“');
        if (_abbreviations.Contains(bare))
        {
            return false;
        }

        var letters = bare.Length - 1;
        if (letters == 1 && char.IsUpper(bare[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (letters is > 0 and <= 2 && bare[..letters].All(char.IsDigit) && char.IsLetter(following))
        {
            return false; // an ordinal day: "28. Februar"
        }

        return true;
    }

    private static bool IsParagraphBreak(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j < text.Length && text[j] == '\n' || j >= text.Length;
    }

    private static void Add(string text, int start, int end, ImmutableArray<TextSpan>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
