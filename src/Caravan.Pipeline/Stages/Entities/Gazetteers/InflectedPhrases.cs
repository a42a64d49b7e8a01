using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Finds a gazetteer's multi-word country, region and capital names inflected in any word: German adjectives ("der
/// Vereinigten Staaten", "der Russischen Föderation"), Russian and Romanian cases ("Российской Федерации", "Statelor
/// Unite", "Asiei Centrale"). Each word of
/// the mention meets the name's word at the same place when they are equal or share a prefix of at least
/// <see cref="MinPrefix"/> letters that leaves at most <see cref="MaxEnding"/> letters of either ("vereinigt|en" /
/// "vereinigt|e", "федераци|и" / "федераци|я"); "Staatsoper" does not meet "Staaten". Russian ё reads as е. A mention
/// that meets names of two places meets none. Immutable and thread-safe.
/// </summary>
internal sealed class InflectedPhrases
{
    private const int MinPrefix = 3;
    private const int MaxEnding = 3;

    /// <summary>Names by word count and their first word's first <see cref="MinPrefix"/> letters.</summary>
    private readonly FrozenDictionary<string, (string[] Words, string Code)[]> _names;

    public InflectedPhrases(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _names = gazetteer.Entries
            .Where(e => e.Value.Kind is GazetteerKind.Country or GazetteerKind.Place && e.Key.Contains(' ', StringComparison.Ordinal))
            .Select(e => (Words: e.Key.Split(' ').Select(Fold).ToArray(), e.Value.Code))
            .Where(n => n.Words[0].Length >= MinPrefix)
            .GroupBy(n => Bucket(n.Words.Length, n.Words[0]), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The code of the one place whose name the lowercase words inflect, or null.</summary>
    public string? Code(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || words[0].Length < MinPrefix || !_names.TryGetValue(Bucket(words.Count, Fold(words[0])), out var names))
        {
            return null;
        }

        string? found = null;
        foreach (var (name, code) in names)
        {
            if (!Meets(words, name))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, code, StringComparison.Ordinal))
            {
                return null;
            }

            found = code;
        }

        return found;
    }

    private static bool Meets(IReadOnlyList<string> words, string[] name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var word = Fold(words[i]);
            var shared = word.AsSpan().CommonPrefixLength(name[i]);
            if (!(shared == word.Length && shared == name[i].Length)
                && (shared < MinPrefix || word.Length - shared > MaxEnding || name[i].Length - shared > MaxEnding))
            {
                return false;
            }
        }

        return true;
    }

    private static string Bucket(int count, string first) => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + first[..MinPrefix];

    private static string Fold(string word) => word.Replace('ё', 'е');
}
