namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// The elided article or preposition written onto a word ("l'Azerbaïdjan", "d'Aral", "dell'Unione", "L'objectif"). The
/// tokenizer keeps an apostrophe between two letters inside the word, which is right for names ("O’Sullivan") and is
/// how the taggers were trained, so the word is tagged whole and the prefix is cut from the mention afterwards: the name
/// alone gives the key ("Azerbaïdjan" = Azerbaijan). Only the elided forms of French and Italian count; "O'Brien" and
/// "don't" have none.
/// </summary>
internal static class Elision
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
        "dell", "nell", "sull", "dall", "all", "coll", "quell", "un",
    };

    /// <summary>The length of the word's elided prefix with its apostrophe, or 0 when it has none.</summary>
    public static int PrefixLength(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe + 1 >= word.Length || !char.IsLetter(word[apostrophe + 1]))
        {
            return 0;
        }

        var prefix = word[..apostrophe];
        return prefix.Skip(1).All(char.IsLower) && Prefixes.Contains(prefix.ToLowerInvariant()) ? apostrophe + 1 : 0;
    }
}
