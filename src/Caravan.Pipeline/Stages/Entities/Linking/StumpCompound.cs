namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// A one-word name made of the first letters of the words of a longer name, in order, as Russian, Ukrainian and Kazakh
/// shorten the names of institutions: "Нацбанк" (Национальный банк), "Минфин" (Министерство финансов), "Роснефть"
/// (Российская нефть). Each cut is at least <see cref="MinCut"/> letters and begins a word of the name, the words are
/// consecutive from the name's first, and at least two are cut: "Банк" alone is no stump of "Национальный банк".
/// </summary>
internal static class StumpCompound
{
    /// <summary>Letters of the shortest cut: "нац", "мин", "фин".</summary>
    public const int MinCut = 3;

    /// <summary>Whether <paramref name="word"/> (lowercase) is cut from the lowercase words of <paramref name="name"/>.</summary>
    public static bool IsCutFrom(string word, IReadOnlyList<string> name) => Cuts(word, 0, name, 0);

    private static bool Cuts(string word, int at, IReadOnlyList<string> name, int next)
    {
        if (at == word.Length)
        {
            return next >= 2;
        }

        if (next == name.Count)
        {
            return false;
        }

        var source = name[next];
        for (var length = MinCut; length <= source.Length && at + length <= word.Length; length++)
        {
            if (string.CompareOrdinal(word, at, source, 0, length) != 0)
            {
                return false;
            }

            if (Cuts(word, at + length, name, next + 1))
            {
                return true;
            }
        }

        return false;
    }
}
