using System.Collections.Frozen;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Words that name a nationality, read from the gazetteer's nationality phrases (CLDR language names:
/// "schwedisch", "swedish", "suédois", "шведский", each pointing at its country). A word shares a stem of at
/// least <see cref="MinStem"/> letters with one of them, the phrase going on by at most four letters
/// ("schwed|isch", "span|isch"): a noun when the word then ends in one of the few endings of a person noun
/// ("der Schwede", "the Swede", "der Spanier", "the Englishman", "l'Ukrainienne"), an adjective when it ends in
/// up to three letters of any inflection ("der schwedische Kommissar", "russischen").
/// </summary>
internal static class Nationalities
{
    private const int MinStem = 4;
    private const int MaxPhraseEnding = 4;
    private const int MaxAdjectiveEnding = 3;

    /// <summary>Endings of a person noun after the stem; "police" is not "poli|sh", "Schweden" is the country.</summary>
    private static readonly string[] NounEndings = ["", "e", "er", "ier", "in", "erin", "ne", "man", "ец", "ка"];

    private static readonly Lazy<FrozenDictionary<string, string>> Stems = new(Build);

    /// <summary>The region code of a person noun of nationality ("schwede" -> "SE"), or null.</summary>
    public static string? Noun(string lower)
    {
        foreach (var ending in NounEndings)
        {
            if (lower.Length - ending.Length >= MinStem && lower.EndsWith(ending, StringComparison.Ordinal)
                && Find(lower.AsSpan(0, lower.Length - ending.Length)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The region code of a nationality adjective in any inflection ("schwedischen" -> "SE"), or null.</summary>
    public static string? Adjective(string lower)
    {
        for (var ending = 0; ending <= MaxAdjectiveEnding && lower.Length - ending >= MinStem; ending++)
        {
            if (Find(lower.AsSpan(0, lower.Length - ending)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private static string? Find(ReadOnlySpan<char> stem) =>
        Stems.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var code) ? code : null;

    /// <summary>Every stem of every one-word nationality; a stem two countries share is dropped.</summary>
    private static FrozenDictionary<string, string> Build()
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in IcuGazetteer.Default.Entries)
        {
            if (entry.Kind != GazetteerKind.Nationality || entry.Code.Length != 2 || phrase.Length < MinStem || phrase.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            for (var cut = Math.Max(MinStem, phrase.Length - MaxPhraseEnding); cut <= phrase.Length; cut++)
            {
                var stem = phrase[..cut];
                if (!stems.TryAdd(stem, entry.Code) && !string.Equals(stems[stem], entry.Code, StringComparison.Ordinal))
                {
                    shared.Add(stem);
                }
            }
        }

        foreach (var stem in shared)
        {
            stems.Remove(stem);
        }

        return stems.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
