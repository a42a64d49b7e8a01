namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The head of a compound word: its longest proper suffix that is a word of its own in the model's
/// word classes ("bundesverkehrsministerium" -> "ministerium", "hauptbahnhof" -> "bahnhof"). A rare
/// compound is seldom clustered itself, but its head usually is, and in German the head decides
/// what the compound is: an authority, a place, an ordinary noun.
/// </summary>
internal static class CompoundHead
{
    /// <summary>Words shorter than this are not split.</summary>
    public const int MinWord = 8;

    /// <summary>Shortest modifier and head.</summary>
    public const int MinPart = 3;
    public const int MinHead = 4;

    /// <summary>Where the head of <paramref name="lower"/> starts, or -1 when no proper suffix is clustered.</summary>
    public static int Start(string lower, WordClusters clusters)
    {
        if (lower.Length < MinWord)
        {
            return -1;
        }

        for (var k = MinPart; k <= lower.Length - MinHead; k++)
        {
            if (clusters.Of(lower.AsSpan(k)) >= 0)
            {
                return k;
            }
        }

        return -1;
    }
}
