namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Whether two given-name parts can belong to one person: equal, one an initial of the other, or
/// close in spelling (Jaro-Winkler over the folded keys: "kasym shomart" vs "kasym yomart").
/// "joe" and "hunter" are not: the guard against merging two people who share a surname.
/// </summary>
internal static class NameMatch
{
    /// <summary>Similarity above which two folded given names are taken as spellings of one name.</summary>
    public const double Threshold = 0.85;

    public static bool Compatible(string given1, string given2)
    {
        if (given1.Length == 0 || given2.Length == 0 || string.Equals(given1, given2, StringComparison.Ordinal))
        {
            return true;
        }

        if (given1.Length == 1 || given2.Length == 1)
        {
            return given1[0] == given2[0];
        }

        return JaroWinkler(given1, given2) >= Threshold;
    }

    /// <summary>Jaro-Winkler similarity in [0, 1] (Winkler 1990, prefix scale 0.1 over at most 4 characters).</summary>
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[j])
            {
                j++;
            }

            transpositions += a[i] != b[j] ? 1 : 0;
            j++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
