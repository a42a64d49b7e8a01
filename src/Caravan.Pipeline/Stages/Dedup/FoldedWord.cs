using System.Collections.Concurrent;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Everything the extractor needs about one surface word, computed once per distinct word and
/// cached (transliteration and string building dominate otherwise). Language-independent.
/// </summary>
internal sealed record FoldedWord(string Folded, string Stem, ulong Hash, ulong StemHash, string StemTerm, DecimalNumber? Number, ulong NumberHash, string? NameTerm)
{
    /// <summary>Distinct words kept; beyond this (hostile or huge input) words are folded without caching.</summary>
    private const int CacheLimit = 500_000;

    private static readonly ConcurrentDictionary<string, FoldedWord> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FoldedWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; a separate counter is cheap.
    private static int _cached;

    public static FoldedWord Of(ReadOnlySpan<char> raw)
    {
        if (Lookup.TryGetValue(raw, out var word))
        {
            return word;
        }

        word = Create(raw);
        if (Volatile.Read(ref _cached) < CacheLimit && Lookup.TryAdd(raw, word))
        {
            Interlocked.Increment(ref _cached);
        }

        return word;
    }

    private static FoldedWord Create(ReadOnlySpan<char> raw)
    {
        var folded = TermFolding.Fold(raw);
        var stem = TermFolding.Stem(folded);
        DecimalNumber? number = null;
        var numberHash = 0UL;
        if (folded.Length > 0 && folded.All(char.IsAsciiDigit))
        {
            // The sentence term stays the digits alone, so lineage reads "3,5" and "3.5" alike.
            number = DecimalNumber.Parse(raw, folded);
            numberHash = StableHash.Of(folded.TrimStart('0'));
        }

        string? name = null;
        // Katakana spells foreign names and loanwords by sound: its reading's skeleton meets the Latin
        // spelling's ("バイデン" -> baiden -> bdn, "Biden" -> bdn; "トランプ" -> torampu -> trmp, "Trump" -> trmp).
        var katakana = TermFolding.IsKatakana(raw);
        var spelled = katakana ? KanaReading.Read(raw) : CyrillicReading.Read(raw) ?? folded;
        if (number is null && (katakana || TermFolding.IsCapitalised(raw)) && spelled.Length >= 3)
        {
            var skeleton = TermFolding.Skeleton(spelled);
            // A final s is most often a genitive or plural ("Tokajews", "Blinkens"): one name, one term.
            if (skeleton.Length >= 4 && skeleton[^1] == 's')
            {
                skeleton = skeleton[..^1];
            }

            if (skeleton.Length < 3)
            {
                var frame = TermFolding.ShortFrame(katakana ? KanaReading.Closed(spelled) : spelled);
                skeleton = frame.Length >= 3 ? frame : spelled;
            }

            name = "n:" + skeleton;
        }

        return new FoldedWord(folded, stem, StableHash.Of(folded), StableHash.Of(stem), "s:" + stem, number, numberHash, name);
    }
}
