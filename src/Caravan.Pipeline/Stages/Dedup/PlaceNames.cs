using System.Collections.Concurrent;
using System.Collections.Frozen;
using Caravan.Core.Languages;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// One-word place names (countries and world regions as the article's language and English name them in
/// ICU/CLDR, capitals from <c>Languages/xx/capitals.txt</c>) mapped to one place term ("Kasachstan",
/// "Kazakhstan", "Казахстан", "Kazahstanului" -> "p:kz"). A place then counts once, in every language, instead
/// of as a stem, its English pivot and a name skeleton. Only the article's language and English are looked up:
/// with every display language, "Maurice" (French for Mauritius) and "Man" (Isle of Man) made English people
/// and headlines places. Thread-safe; each language is built once, on first use.
/// </summary>
public sealed class PlaceNames
{
    private readonly Func<string, Gazetteer>? _source;
    private readonly ConcurrentDictionary<string, LanguagePlaces> _languages = new(StringComparer.Ordinal);

    private PlaceNames(Func<string, Gazetteer>? source)
    {
        _source = source;
    }

    /// <summary>The gazetteer's places, per language.</summary>
    public static PlaceNames Default { get; } = new(IcuGazetteer.PlacesIn);

    /// <summary>An empty list (no word is a place).</summary>
    public static PlaceNames None { get; } = new(null);

    /// <summary>
    /// The place term of a word (as written, and its folded form) in an article of <paramref name="language"/>,
    /// trying the language's name endings ("Russlands", "России") when the whole word is not a place; else null.
    /// </summary>
    public PlaceTerm? Find(ReadOnlySpan<char> raw, string folded, string language) =>
        _source is null ? null : _languages.GetOrAdd(Known(language), Build).Find(raw, folded);

    /// <summary>Every place term of one language's table (the trainer of the background frequencies reads them).</summary>
    public IEnumerable<PlaceTerm> All(string language) =>
        _source is null ? [] : _languages.GetOrAdd(Known(language), Build).Terms.Distinct();

    // A code the data may know, so that arbitrary input cannot grow the cache.
    private static string Known(string language) =>
        language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower) ? language : "en";

    private LanguagePlaces Build(string language)
    {
        // The English name's first word, stemmed, is the place's second term: it meets the pivots of languages whose
        // inflected or unspaced spellings the lookup misses ("Ukrajině", 乌克兰 -> s:ukrain).
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in _source!("en").Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            english.TryAdd(entry.Code, "s:" + TermFolding.Stem(TermFolding.Fold(phrase.Split(' ')[0])));
        }

        var terms = new Dictionary<string, PlaceTerm>(StringComparer.Ordinal);
        foreach (var locale in language == "en" ? ["en"] : new[] { language, "en" })
        {
            foreach (var (phrase, entry) in _source(locale).Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var folded = TermFolding.Fold(phrase);
                if (!phrase.Contains(' ', StringComparison.Ordinal) && folded.Length >= 3)
                {
                    terms.TryAdd(folded, new PlaceTerm("p:" + entry.Code.ToLowerInvariant(), english.GetValueOrDefault(entry.Code, "s:" + TermFolding.Stem(folded))));
                }
            }
        }

        var suffixes = LanguageData.Lines(language, "name-suffixes")
            .Select(rule => rule.Split('=', 2))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : ""));
        return new LanguagePlaces(terms.ToFrozenDictionary(StringComparer.Ordinal), [.. suffixes]);
    }

    private sealed class LanguagePlaces(FrozenDictionary<string, PlaceTerm> terms, ImmutableArray<(string Ending, string Replacement)> suffixes)
    {
        public IEnumerable<PlaceTerm> Terms => terms.Values;

        // Folded first letters of every place: most capitalised words (every German noun) fail here, before any ending is tried.
        private readonly FrozenSet<string> _prefixes = terms.Keys.Select(Prefix).ToFrozenSet(StringComparer.Ordinal);

        public PlaceTerm? Find(ReadOnlySpan<char> raw, string folded)
        {
            if (terms.TryGetValue(folded, out var term))
            {
                return term;
            }

            if (folded.Length < 3 || !_prefixes.Contains(Prefix(folded)))
            {
                return null;
            }

            var lower = raw.ToString().ToLowerInvariant();
            foreach (var (ending, replacement) in suffixes)
            {
                // Keep at least three letters of the stem, as the entity keys do.
                if (lower.Length - ending.Length >= 3 && lower.EndsWith(ending, StringComparison.Ordinal)
                    && terms.TryGetValue(TermFolding.Fold(lower[..^ending.Length] + replacement), out term))
                {
                    return term;
                }
            }

            return null;
        }

        private static string Prefix(string folded) => folded[..Math.Min(3, folded.Length)];
    }
}

/// <summary>A place's terms: its code ("p:kz"), the same in every language, and the stem of its English name ("s:kazakh").</summary>
public sealed record PlaceTerm(string Term, string EnglishStem);
