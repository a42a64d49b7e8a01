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

    /// <summary>The word without its case ending ("москвы" -> "москв"); the word itself when none applies.</summary>
    public static string Of(string lower) => lower[..StemLength(lower)];

    /// <summary>How many leading characters of the word its stem keeps (no string is made: tagging calls it per token).</summary>
    public static int StemLength(string lower) => lower.Length - EndingLength(lower, Endings);

    /// <summary>
    /// The length of the first of <paramref name="endings"/> (listed longest first) the word ends in with at least
    /// three letters left before it; 0 when none does. <see cref="RomanianStems"/> cuts its endings the same way.
    /// </summary>
    internal static int EndingLength(string lower, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (lower.Length - ending.Length >= MinStem && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return ending.Length;
            }
        }

        return 0;
    }

    /// <summary>The mark of a stem in an <see cref="Index"/>; 0 when no name word has it.</summary>
    public static byte Mark(Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> stem) =>
        index.TryGetValue(stem, out var mark) ? mark : (byte)0;

    /// <summary>
    /// Per stem of a name word: 1 + type (+4 when the word is only part of a longer name); where
    /// names disagree the lowest mark wins (whole names before parts), so the index does not depend
    /// on the order of the names.
    /// </summary>
    /// <remarks>
    /// Built once per memory (<see cref="EntityMemory.StemIndex"/>; <see cref="RomanianStems"/> builds
    /// <see cref="EntityMemory.RomanianStemIndex"/> with its own stemmer).
    /// </remarks>
    public static Dictionary<string, byte> Index(IReadOnlyDictionary<string, EntityType> phrases, Func<string, string> stemOf)
    {
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (phrase, type) in phrases)
        {
            var words = phrase.Split(' ');
            foreach (var word in words)
            {
                if (word.Length < MinStem + 1)
                {
                    continue;
                }

                var mark = (byte)(1 + (int)type + (words.Length > 1 ? 4 : 0));
                var stem = stemOf(word);
                if (!index.TryGetValue(stem, out var old) || mark < old)
                {
                    index[stem] = mark;
                }
            }
        }

        return index;
    }
}
