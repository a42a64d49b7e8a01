using System.Collections.Concurrent;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// A language's name endings (<c>Languages/&lt;lang&gt;/name-suffixes</c>: <c>ending=replacement</c> or a bare
/// ending): the stems an inflected name may have ("kasachstans" -> "kasachstan", "kazahstanului" -> "kazahstan").
/// Parsed once per language; thread-safe.
/// </summary>
internal sealed class NameEndings
{
    private static readonly ConcurrentDictionary<string, NameEndings> Loaded = new(StringComparer.Ordinal);

    private readonly (string Ending, string Replacement)[] _rules;

    private NameEndings(string language)
    {
        _rules = [.. LanguageData.Lines(language, "name-suffixes")
            .Select(rule => rule.Split('=', 2))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : ""))];
    }

    public static NameEndings For(string language) => Loaded.GetOrAdd(language, static l => new NameEndings(l));

    /// <summary>The word with each matching ending replaced, in rule order (none when no ending matches).</summary>
    public IEnumerable<string> Stems(string word)
    {
        foreach (var (ending, replacement) in _rules)
        {
            // Keep at least three letters of the stem: "Ion" is not "Io" + "n".
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length] + replacement;
            }
        }
    }
}
