namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Sports results in running text ("Wattenscheid - Uerdingen 1:1", "Bayern München und 1. FC
/// Kaiserslautern trennten sich 2:2"): in a sentence that reports a score, a place name usually
/// stands for its club (ORG), not the place. The features fire only in such sentences, so prose
/// pays nothing for them: the token's shape, and what the entity memory, the name list and the
/// gazetteer know of it, each conjoined with the score mark.
/// </summary>
internal static class NerResults
{
    /// <summary>Whether the sentence holds a score: a token of one or two digits, a colon, one or two digits ("1:1", "21:18").</summary>
    public static bool HasScore(NerSentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (IsScore(s.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the result features of token <paramref name="i"/> of a sentence that holds a score.</summary>
    public static void Add(List<uint> f, NerSentence s, int i, byte gazetteer, byte remembered, byte listed)
    {
        var shape = s.Shapes[i];
        f.Add(FeatureHash.Of(90, 1, shape));
        f.Add(FeatureHash.Of(91, (listed * 16) + remembered, shape));
        f.Add(FeatureHash.Of(92, gazetteer, shape));
    }

    /// <summary>1-2 digits, a colon, 1-2 digits (German writes clock times with a dot, "19.30 Uhr").</summary>
    public static bool IsScore(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 1 or > 2 || token.Length - colon - 1 is < 1 or > 2)
        {
            return false;
        }

        for (var k = 0; k < token.Length; k++)
        {
            if (k != colon && !char.IsAsciiDigit(token[k]))
            {
                return false;
            }
        }

        return true;
    }
}
