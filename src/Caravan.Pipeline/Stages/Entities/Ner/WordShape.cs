using System.Globalization;
using System.Text;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Orthographic word classes: the strongest language-independent clue to a name.</summary>
internal static class WordShape
{
    /// <summary>
    /// Collapsed shape: X upper, x lower, d digit, other characters kept, runs of one class shortened
    /// to two ("Tokajew" -> "Xxx" is too coarse, so "Xx", "McDonald" -> "XxXx", "1996-08-30" -> "dd-dd-dd").
    /// </summary>
    public static string Collapsed(string word)
    {
        var sb = new StringBuilder(Math.Min(word.Length, 12));
        var last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var k = Class(c);
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2 && sb.Length < 12)
            {
                sb.Append(k);
            }
        }

        return sb.ToString();
    }

    public static char Class(char c) => char.IsUpper(c) ? 'X'
        : char.IsLower(c) ? 'x'
        : char.IsDigit(c) ? 'd'
        : char.IsLetter(c) ? 'L'
        : c;

    public static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsAllUpper(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    /// <summary>A coarse script tag for the first letter (Latin, Cyrillic, Greek, Arabic, CJK, other).</summary>
    public static string Script(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            return c switch
            {
                < '\u0250' => "latn",
                >= '\u0370' and < '\u0400' => "grek",
                >= '\u0400' and < '\u0530' => "cyrl",
                >= '\u0600' and < '\u0700' => "arab",
                >= '\u3040' and < '\uA000' => "cjk",
                _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? "othr" : "latx",
            };
        }

        return "none";
    }
}
