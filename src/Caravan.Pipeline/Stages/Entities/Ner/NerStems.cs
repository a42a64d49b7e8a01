using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Inflected names in Russian (case endings): "Путина", "Москвы", "Германии" are "Путин", "Москва",
/// "Германия" in another case. A word and every word of the known names are cut to a stem (the
/// longest case ending removed, at least three letters kept), and a word whose stem is the stem of
/// a name word is marked with that name's type (<see cref="NerFeatureSet.NameStems"/>).
/// </summary>
internal static class NerStems
{
    private const int MinStem = 3;

    // Noun and adjective case endings, longest first.
    private static readonly string[] Endings =
    [
        "ами", "ями", "ого", "его", "ому", "ему",
        "ой", "ей", "ом", "ем", "ую", "юю", "ов", "ев", "ых", "их", "ым", "им", "ая", "яя", "ое", "ее", "ый", "ий",
        "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й",
    ];

    private static readonly ConditionalWeakTable<EntityMemory, FrozenDictionary<string, byte>> Indexes = new();

    /// <summary>The word without its case ending ("москвы" -> "москв"); the word itself when none applies.</summary>
    public static string Of(string lower)
    {
        foreach (var ending in Endings)
        {
            if (lower.Length - ending.Length >= MinStem && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return lower[..^ending.Length];
            }
        }

        return lower;
    }

    /// <summary>
    /// Per stem of a name word: 1 + type (+4 when the word is only part of a longer name); where
    /// names disagree the lowest mark wins (whole names before parts), so the index does not depend
    /// on the order of the names.
    /// </summary>
    public static FrozenDictionary<string, byte> Index(EntityMemory names) => Indexes.GetValue(names, Build);

    private static FrozenDictionary<string, byte> Build(EntityMemory names)
    {
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (phrase, type) in names.Phrases)
        {
            var words = phrase.Split(' ');
            foreach (var word in words)
            {
                if (word.Length < MinStem + 1)
                {
                    continue;
                }

                var mark = (byte)(1 + (int)type + (words.Length > 1 ? 4 : 0));
                var stem = Of(word);
                if (!index.TryGetValue(stem, out var old) || mark < old)
                {
                    index[stem] = mark;
                }
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
