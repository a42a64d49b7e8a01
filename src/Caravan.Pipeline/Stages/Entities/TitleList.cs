using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Titles and offices written before names, in every language with a <c>titles.txt</c> file
/// (a German text may quote "secretarul de stat"). Matches the longest title at the start of a name.
/// </summary>
internal sealed class TitleList
{
    private readonly HashSet<string> _titles;
    private readonly int _maxWords;

    private TitleList(IEnumerable<string> titles)
    {
        _titles = new HashSet<string>(titles.Select(t => EntityKeys.Phrase(EntityKeys.Words(t))), StringComparer.Ordinal);
        _maxWords = _titles.Count == 0 ? 0 : _titles.Max(t => t.Split(' ').Length);
    }

    public static TitleList Default { get; } = new(LanguageData.LanguagesWith("titles").SelectMany(l => LanguageData.Lines(l, "titles")));

    /// <summary>How many leading words are titles (repeatedly: "US-Außenminister Dr." is three).</summary>
    public int LeadingTitleLength(IReadOnlyList<string> words)
    {
        var start = 0;
        var matched = true;
        while (matched && start < words.Count)
        {
            matched = false;
            for (var n = Math.Min(_maxWords, words.Count - start); n >= 1; n--)
            {
                if (_titles.Contains(EntityKeys.Phrase(words.Skip(start).Take(n))))
                {
                    start += n;
                    matched = true;
                    break;
                }
            }
        }

        return start;
    }
}
