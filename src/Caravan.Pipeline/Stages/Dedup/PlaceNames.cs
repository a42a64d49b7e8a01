using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// One-word place names (countries and world regions as each language and English name them in ICU/CLDR,
/// capitals from <c>Languages/xx/capitals.txt</c>) mapped to one place term ("Kasachstan", "Kazakhstan",
/// "Казахстан", "Kazahstanului" -> "p:kz") and the stem of the English name ("s:kazakh"). A place then counts the
/// same in every language, instead of as a stem, its English pivot and a name skeleton. Only the article's
/// language and English are looked up: with every display language, "Maurice" (French for Mauritius) and "Man"
/// (Isle of Man) made English people and headlines places. The tables are a model file
/// (<c>models/stories/places.tsv.gz</c>, <c>caravan train background</c>): built from ICU at start, they cost
/// `cluster` half a second. Immutable and thread-safe.
/// </summary>
public sealed class PlaceNames
{
    /// <summary>The model file, relative to the models root.</summary>
    public const string ModelPath = "stories/places.tsv.gz";

    private static readonly Lazy<PlaceNames> Shared = new(() => Open(ModelCatalog.Default));

    private readonly FrozenDictionary<string, LanguagePlaces> _languages;

    private PlaceNames(Dictionary<string, Dictionary<string, PlaceTerm>> tables)
    {
        var english = tables.GetValueOrDefault("en")?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, PlaceTerm>.Empty;
        _languages = tables.ToFrozenDictionary(kv => kv.Key, kv => new LanguagePlaces(kv.Key, kv.Value, english), StringComparer.Ordinal);
        _english = new LanguagePlaces("en", [], english);
    }

    // English names (and every language's capitals), for languages without a table of their own.
    private readonly LanguagePlaces _english;

    /// <summary>The catalog's place tables, read once per process.</summary>
    public static PlaceNames Default => Shared.Value;

    /// <summary>No places (no word is a place).</summary>
    public static PlaceNames None { get; } = new([]);

    /// <summary>
    /// The place of a word (as written, and its folded form) in an article of <paramref name="language"/>, trying
    /// the language's name endings ("Russlands", "России") when the whole word is not a place; else null.
    /// Languages without a table of their own use the English one.
    /// </summary>
    public PlaceTerm? Find(ReadOnlySpan<char> raw, string folded, string language) =>
        (_languages.GetValueOrDefault(language) ?? _english).Find(raw, folded);

    /// <summary>Every place term of one language's table.</summary>
    public IEnumerable<PlaceTerm> All(string language) =>
        _languages.TryGetValue(language, out var places) ? places.Terms.Concat(_english.Terms).Distinct() : _english.Terms.Distinct();

    /// <summary>
    /// Builds the tables of <paramref name="languages"/> from the entity gazetteer's ICU/CLDR names: English (with every
    /// language's capitals) in full, each other language with the names English does not already hold.
    /// </summary>
    public static PlaceNames Build(IEnumerable<string> languages)
    {
        // The English name's first word, stemmed, is the place's second term: it meets the pivots of languages whose
        // inflected or unspaced spellings the lookup misses ("Ukrajině", 乌克兰 -> s:ukrain).
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in IcuGazetteer.PlacesIn("en").Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            english.TryAdd(entry.Code, "s:" + TermFolding.Stem(TermFolding.Fold(phrase.Split(' ')[0])));
        }

        var tables = new Dictionary<string, Dictionary<string, PlaceTerm>>(StringComparer.Ordinal);
        foreach (var language in languages.Prepend("en").Distinct(StringComparer.Ordinal))
        {
            var terms = new Dictionary<string, PlaceTerm>(StringComparer.Ordinal);
            foreach (var (phrase, entry) in IcuGazetteer.PlacesIn(language).Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var folded = TermFolding.Fold(phrase);
                if (!phrase.Contains(' ', StringComparison.Ordinal) && folded.Length >= 3 && (language == "en" || !tables["en"].ContainsKey(folded)))
                {
                    terms.TryAdd(folded, new PlaceTerm("p:" + entry.Code.ToLowerInvariant(), english.GetValueOrDefault(entry.Code, "s:" + TermFolding.Stem(folded))));
                }
            }

            tables[language] = terms;
        }

        return new PlaceNames(tables);
    }

    /// <summary>Writes <c>language&lt;TAB&gt;folded name&lt;TAB&gt;place term&lt;TAB&gt;English stem</c> lines, sorted.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (language, places) in _languages.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var (folded, place) in places.Entries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Join('\t', language, folded, place.Term, place.EnglishStem));
            }
        }
    }

    public static PlaceNames Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tables = new Dictionary<string, Dictionary<string, PlaceTerm>>(StringComparer.Ordinal);
        var shared = new Dictionary<(string, string), PlaceTerm>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || parts[0].Length == 0)
            {
                continue;
            }

            if (!tables.TryGetValue(parts[0], out var terms))
            {
                terms = new Dictionary<string, PlaceTerm>(StringComparer.Ordinal);
                tables[parts[0]] = terms;
            }

            if (!shared.TryGetValue((parts[2], parts[3]), out var place))
            {
                place = new PlaceTerm(parts[2], parts[3]);
                shared[(parts[2], parts[3])] = place;
            }

            terms[parts[1]] = place;
        }

        return new PlaceNames(tables);
    }

    /// <summary>Opens the catalog's place tables; throws CARAVAN0002 naming the rebuild command if they are missing.</summary>
    public static PlaceNames Open(ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = catalog.Require(ModelPath, "caravan train background");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        return Read(reader);
    }

    private sealed class LanguagePlaces
    {
        private readonly FrozenDictionary<string, PlaceTerm> _terms;
        private readonly FrozenDictionary<string, PlaceTerm> _english;
        private readonly NameEndings _endings;

        // Folded first letters of every place: most capitalised words (every German noun) fail here, before any ending is tried.
        private readonly FrozenSet<string> _prefixes;

        public LanguagePlaces(string language, Dictionary<string, PlaceTerm> terms, FrozenDictionary<string, PlaceTerm> english)
        {
            _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
            _english = english;
            _prefixes = terms.Keys.Concat(english.Keys).Select(k => k[..3]).ToFrozenSet(StringComparer.Ordinal);
            _endings = NameEndings.For(language);
        }

        public IEnumerable<PlaceTerm> Terms => _terms.Values;

        public IEnumerable<KeyValuePair<string, PlaceTerm>> Entries => _terms;

        public PlaceTerm? Find(ReadOnlySpan<char> raw, string folded)
        {
            if (_terms.TryGetValue(folded, out var term) || _english.TryGetValue(folded, out term))
            {
                return term;
            }

            if (folded.Length < 4 || !_prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan(0, 3)))
            {
                return null;
            }

            foreach (var stem in _endings.Stems(raw.ToString().ToLowerInvariant()))
            {
                var key = TermFolding.Fold(stem);
                if (_terms.TryGetValue(key, out term) || _english.TryGetValue(key, out term))
                {
                    return term;
                }
            }

            return null;
        }
    }
}

/// <summary>A place's terms: its code ("p:kz"), the same in every language, and the stem of its English name ("s:kazakh").</summary>
public sealed record PlaceTerm(string Term, string EnglishStem);
