namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Whether two lower-cased words are forms of one word, by a shared stem rather than a stemmer: names
/// and role nouns decline in Russian, Romanian and German ("Окафор", "Окафором"; "министр",
/// "министра"; "Tokajew", "Tokajews"; "комиссия", "комиссии").
/// </summary>
internal static class Inflection
{
    /// <summary>Shortest shared stem: shorter words must be equal ("Li" is not "Lin").</summary>
    private const int MinStem = 4;

    /// <summary>Longest ending either word may add to the shared stem ("-ому", "-ului" is too long: "-ul" plus two).</summary>
    public const int MaxEnding = 3;

    /// <summary>Spans, so a suffix of a long token is compared without copying it.</summary>
    public static bool SameStem(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return true;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        // The stem may lose its last letter ("комиссия" / "комиссии" share "комисси"; "секретарь" / "секретарем").
        return shared >= MinStem
            && a.Length - shared <= MaxEnding && b.Length - shared <= MaxEnding
            && shared >= Math.Min(a.Length, b.Length) - 1;
    }
}
