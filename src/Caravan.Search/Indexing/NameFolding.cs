using System.Globalization;
using System.Text;

namespace Caravan.Search.Indexing;

/// <summary>
/// Folds a name for matching query words against actor variants: lowercase, diacritics removed,
/// hyphens and runs of spaces made one space ("Kassym-Jomart  Tokayev" -> "kassym jomart tokayev").
/// Scripts are kept: Cyrillic variants match Cyrillic queries, and the actor table links them to the
/// Latin ones.
/// </summary>
internal static class NameFolding
{
    /// <summary>Shortest last word that names an actor on its own (avoids "de", "al", "un").</summary>
    public const int MinSurnameLength = 3;

    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The keys under which a variant is found: the whole folded name and its last word.</summary>
    public static IEnumerable<string> Keys(string variant)
    {
        var folded = Fold(variant);
        if (folded.Length == 0)
        {
            yield break;
        }

        yield return folded;
        var space = folded.LastIndexOf(' ');
        if (space > 0 && folded.Length - space - 1 >= MinSurnameLength)
        {
            yield return folded[(space + 1)..];
        }
    }
}
