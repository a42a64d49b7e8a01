using System.Globalization;
using Caravan.Core.Model;

namespace Caravan.Core.Text;

/// <summary>
/// A Unicode word tokenizer, linear in the input. A word is a run of letters, digits and combining
/// marks; a hyphen or apostrophe between two word characters stays inside the word
/// ("Kassym-Jomart", "O’Sullivan"), as does a period or comma between two digits ("7.644", "163,4");
/// every other non-space character is its own token.
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(text, i, range.End))
            {
                var start = i;
                var allDigits = true;
                while (i < range.End)
                {
                    if (IsWordChar(text, i, range.End))
                    {
                        allDigits &= char.IsDigit(text[i]);
                        i += Width(text, i, range.End);
                    }
                    else if (i + 1 < range.End && JoinsWord(text[i], text[i - 1], text[i + 1]) && IsWordChar(text, i + 1, range.End))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(new TextSpan(start, i), allDigits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            var width = Width(text, i, range.End);
            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(new TextSpan(i, i + width), kind));
            i += width;
        }

        return tokens.ToImmutable();
    }

    private static bool JoinsWord(char c, char before, char after) => c switch
    {
        '-' or '‐' or '\'' or '’' => true,
        '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private static int Width(string text, int i, int end) => char.IsHighSurrogate(text[i]) && i + 1 < end ? 2 : 1;

    private static bool IsWordChar(string text, int i, int end)
    {
        var category = char.IsHighSurrogate(text[i]) && i + 1 < end
            ? CharUnicodeInfo.GetUnicodeCategory(text, i)
            : CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
