using System.Globalization;
using System.Text;

namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>
/// A text without its combining marks (tone marks, dots below): Yoruba is mostly typed without them
/// outside edited text, so its class also learns from a stripped copy of its corpora (corpus suffix
/// <c>@unmarked</c> in <c>langid-sources.txt</c>).
/// </summary>
public static class MarkStripping
{
    /// <summary>The corpus suffix that selects this rewriting.</summary>
    public const string Suffix = "unmarked";

    /// <summary><paramref name="text"/> decomposed, without nonspacing marks, recomposed.</summary>
    public static string Apply(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
