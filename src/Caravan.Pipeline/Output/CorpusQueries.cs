using System.Globalization;
using System.Text;

namespace Caravan.Pipeline.Output;

/// <summary>Look-ups over an analysis for the read verbs (story, entity) and the web pages.</summary>
public static class CorpusQueries
{
    /// <summary>The story with this id, or null.</summary>
    public static StoryRecord? FindStory(AnalysisDocument document, string id) =>
        document.Stories.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The most mentioned actor any of whose spellings matches <paramref name="name"/>, ignoring case and
    /// diacritics ("tokajew" finds the actor spelled Tokajew, Tokayev ...), or null.
    /// </summary>
    public static EntityRecord? FindEntity(AnalysisDocument document, string name)
    {
        var wanted = Fold(name);
        return document.Entities
            .Where(e => Fold(e.Name) == wanted || e.Variants.Any(v => Fold(v) == wanted))
            .OrderByDescending(e => e.Mentions)
            .FirstOrDefault();
    }

    /// <summary>Lower case without combining marks, for tolerant name comparison.</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
