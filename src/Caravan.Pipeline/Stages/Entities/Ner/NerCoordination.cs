namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Coordinated names are mostly of one type ("Копенгаген , Хернинг , Хорсенс и Ольборг", "against Austria, Italy and
/// Israel"): a capitalised token learns what the name list, the entity memory and the gazetteer know of the token two
/// places away when a comma or a short lowercase word (a conjunction: "и", "and", "und", "et") stands between them.
/// Word n-grams see the neighbour's form (template 8, 9), not its type, and first-order moves cannot carry a type over
/// the separator. Error analysis behind it: WikiANN ru dev, docs/benchmarks/ner.md (session 14).
/// </summary>
internal static class NerCoordination
{
    /// <summary>
    /// Adds the coordination features of token <paramref name="i"/>; per side, nothing when no separator or nothing
    /// known. <paramref name="known"/>: per token, name list × 16 + entity memory marks (0: unknown);
    /// <paramref name="stems"/>: the same marks of each token's stem (<see cref="NerStems"/>), or null.
    /// </summary>
    public static void Add(List<uint> f, NerSentence s, int i, byte[] gazetteer, byte[] known, byte[]? stems)
    {
        if (!char.IsUpper(s.Tokens[i][0]))
        {
            return;
        }

        for (var side = -1; side <= 1; side += 2)
        {
            var j = i + (2 * side);
            if (j < 0 || j >= s.Count)
            {
                continue;
            }

            var separator = Separator(s.Tokens[i + side]);
            if (separator == 0)
            {
                continue;
            }

            var place = ((side + 1) * 2) + separator;
            if (known[j] != 0)
            {
                f.Add(FeatureHash.Of(115, (place * 256) + known[j], s.Shapes[i]));
            }

            if (gazetteer[j] != 0)
            {
                f.Add(FeatureHash.Of(116, (place * 256) + gazetteer[j], s.Shapes[i]));
            }

            if (stems is not null && stems[j] != 0)
            {
                f.Add(FeatureHash.Of(117, (place * 256) + stems[j], s.Shapes[i]));
            }
        }
    }

    /// <summary>1 for a comma, 2 for a lowercase word of one to three letters, else 0.</summary>
    public static int Separator(string token)
    {
        if (token == ",")
        {
            return 1;
        }

        if (token.Length is < 1 or > 3)
        {
            return 0;
        }

        foreach (var c in token)
        {
            if (!char.IsLower(c))
            {
                return 0;
            }
        }

        return 2;
    }
}
