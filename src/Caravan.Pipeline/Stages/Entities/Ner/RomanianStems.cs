namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Romanian inflection (<see cref="NerFeatureSet.RomanianStems"/>): the articulated, plural and
/// genitive-dative forms of a noun share one stem ("jucătorul", "jucători", "jucătorii",
/// "jucătorilor" -> "jucator"; "persoana", "persoanele", "persoanelor" -> "persoan"). The longest
/// ending is removed (at least three letters kept) and the stem is read without diacritics, so the
/// alternations of the inflection ("președinte" / "președinți") meet. RONEC tags person nouns as
/// persons, and a small corpus sees most of them in only some of their forms.
/// </summary>
internal static class RomanianStems
{
    // Article, plural and case endings of nouns and adjectives, longest first; at least three letters stay (NerStems.EndingLength).
    private static readonly string[] Endings =
    [
        "urilor", "iilor", "urile", "elui", "ilor", "elor", "ului", "iile",
        "ele", "lor", "ile", "lui", "ul", "ii", "le", "ei", "ea", "ua",
        "a", "i", "e", "ă", "u",
    ];

    /// <summary>The stem of a lowercase word, without its ending and its diacritics ("copiilor" -> "cop").</summary>
    public static string Of(string lower)
    {
        var stem = new char[lower.Length];
        return new string(stem, 0, Write(lower, stem));
    }

    /// <summary>Writes the stem of <paramref name="lower"/> into <paramref name="into"/> (as long as the word) and returns its length, so that the ending is what follows it; no string is made (tagging calls it per token).</summary>
    public static int Write(string lower, Span<char> into)
    {
        var length = lower.Length - EndingLength(lower);
        for (var k = 0; k < length; k++)
        {
            into[k] = Plain(lower[k]);
        }

        return length;
    }

    // Every ending ends in one of these letters; most words are rejected by the last one.
    private static int EndingLength(string lower) =>
        lower.Length == 0 || !"aeilruă".Contains(lower[^1], StringComparison.Ordinal) ? 0 : NerStems.EndingLength(lower, Endings);

    private static char Plain(char c) => c switch
    {
        'ă' or 'â' => 'a',
        'î' => 'i',
        'ș' or 'ş' => 's',
        'ț' or 'ţ' => 't',
        _ => c,
    };
}
