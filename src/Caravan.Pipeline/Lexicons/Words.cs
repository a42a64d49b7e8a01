using Caravan.Core.Text;

namespace Caravan.Pipeline.Lexicons;

/// <summary>A token of a text range with its lower-cased form, for matching against lexicon entries.</summary>
internal readonly record struct Word(TextSpan Span, string Lower, TokenKind Kind)
{
    public bool IsWord => Kind is TokenKind.Word or TokenKind.Number;

    public bool IsPunctuation(char c) => Lower.Length == 1 && Lower[0] == c;
}

/// <summary>Tokenizes a range of an article's text into <see cref="Word"/>s.</summary>
internal static class Words
{
    public static ImmutableArray<Word> Of(string text, TextSpan range)
    {
        var tokens = Tokenizer.Tokenize(text, range);
        var words = ImmutableArray.CreateBuilder<Word>(tokens.Length);
        foreach (var t in tokens)
        {
            words.Add(new Word(t.Span, t.Span.Slice(text).ToLowerInvariant(), t.Kind));
        }

        return words.MoveToImmutable();
    }

    /// <summary>Index of the first word whose span starts at or after <paramref name="offset"/>.</summary>
    public static int IndexAt(ImmutableArray<Word> words, int offset)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (words[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
