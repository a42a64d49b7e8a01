using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Extraction.Text;

/// <summary>
/// Boilerplate phrases of every language, from the language data files
/// <c>Languages/&lt;iso&gt;/boilerplate.txt</c> (lines that are furniture: "Leave a Reply",
/// "Adblocker erkannt"; an entry ending in " *" matches as a prefix: "Siehe auch *") and
/// <c>boilerplate-end.txt</c> (headings after which the rest of a page is comments or related
/// links: "Kommentare", "Related Articles"). All languages are loaded at once because pre-extracted
/// text mixes them (an English comment form under a German article).
/// </summary>
public sealed class BoilerplateLexicon
{
    private readonly HashSet<string> _lines = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly HashSet<string> _endMarkers = new(StringComparer.Ordinal);

    private BoilerplateLexicon()
    {
        foreach (var language in LanguageData.LanguagesWith("boilerplate"))
        {
            foreach (var entry in LanguageData.Lines(language, "boilerplate"))
            {
                if (entry.EndsWith(" *", StringComparison.Ordinal))
                {
                    // The prefix with and without its closing punctuation: "Foto: *" opens "Foto: dpa" and "Foto dpa",
                    // "Lust auf mehr? *" opens "Lust auf mehr? Lass dir…".
                    var words = TextNormalizer.Key(entry[..^2]);
                    var exact = TextNormalizer.CollapseWhitespace(entry[..^2]).ToLowerInvariant();
                    _prefixes.Add(words + " ");
                    if (exact != words)
                    {
                        _prefixes.Add(exact + " ");
                    }

                    _lines.Add(words);
                }
                else
                {
                    _lines.Add(TextNormalizer.Key(entry));
                }
            }
        }

        foreach (var language in LanguageData.LanguagesWith("boilerplate-end"))
        {
            foreach (var entry in LanguageData.Lines(language, "boilerplate-end"))
            {
                _endMarkers.Add(TextNormalizer.Key(entry));
            }
        }
    }

    /// <summary>The lexicon of all shipped languages (loaded once).</summary>
    public static BoilerplateLexicon Default { get; } = new();

    /// <summary>Longest line (in characters) the lexicon judges; longer lines are prose.</summary>
    public int MaxLineChars { get; init; } = 200;

    /// <summary>True when the whole line is a known boilerplate phrase, or starts with a boilerplate prefix.</summary>
    public bool IsBoilerplate(string line)
    {
        if (line.Length > MaxLineChars)
        {
            return false;
        }

        var key = TextNormalizer.Key(line);
        if (key.Length == 0)
        {
            return false;
        }

        if (_lines.Contains(key) || _endMarkers.Contains(key))
        {
            return true;
        }

        foreach (var prefix in _prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the line is a heading that starts the comments / related-links tail of a page.</summary>
    public bool IsEndMarker(string line) => line.Length <= MaxLineChars && _endMarkers.Contains(TextNormalizer.Key(line));
}
