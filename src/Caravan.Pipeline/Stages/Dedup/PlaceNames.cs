using System.Collections.Concurrent;
using System.Collections.Frozen;
using Caravan.Core.Languages;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// One-word place names (countries, capitals, world regions from the entity gazetteer: ICU/CLDR display
/// names in every display language, <c>Languages/xx/capitals.txt</c>) mapped to one place term
/// ("Kasachstan", "Kazakhstan", "Казахстан", "Kazahstanului" -> "p:kz"). A place then counts once, in every
/// language, instead of as a stem, its English pivot and a name skeleton; and clustering can tell places,
/// which a whole region's news shares, from the people and figures of one event. Immutable, thread-safe.
/// </summary>
public sealed class PlaceNames
{
    private static readonly Lazy<PlaceNames> Shared = new(() => new PlaceNames(IcuGazetteer.WithCapitals));

    private readonly FrozenDictionary<string, string> _terms;

    // Folded first letters of every place: most capitalised words (every German noun) fail here, before any ending is tried.
    private readonly FrozenSet<string> _prefixes;
    private readonly ConcurrentDictionary<string, ImmutableArray<(string Ending, string Replacement)>> _suffixes = new(StringComparer.Ordinal);

    public PlaceNames(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in gazetteer.Entries)
        {
            if (entry.Kind is GazetteerKind.Country or GazetteerKind.Place && !phrase.Contains(' ', StringComparison.Ordinal))
            {
                var folded = TermFolding.Fold(phrase);
                if (folded.Length >= 3)
                {
                    terms.TryAdd(folded, "p:" + entry.Code.ToLowerInvariant());
                }
            }
        }

        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = terms.Keys.Select(Prefix).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer's places, built once per process.</summary>
    public static PlaceNames Default => Shared.Value;

    /// <summary>An empty list (no word is a place).</summary>
    public static PlaceNames None { get; } = new(Gazetteer.Empty);

    public int Count => _terms.Count;

    /// <summary>
    /// The place term of a word (as written, and its folded form), trying the language's name endings
    /// ("Russlands", "России") when the whole word is not a place; null for other words.
    /// </summary>
    public string? Find(ReadOnlySpan<char> raw, string folded, string language)
    {
        if (_terms.Count == 0)
        {
            return null;
        }

        if (_terms.TryGetValue(folded, out var term))
        {
            return term;
        }

        if (folded.Length < 3 || !_prefixes.Contains(Prefix(folded)))
        {
            return null;
        }

        var lower = raw.ToString().ToLowerInvariant();
        foreach (var (ending, replacement) in Suffixes(language))
        {
            // Keep at least three letters of the stem, as the entity keys do.
            if (lower.Length - ending.Length >= 3 && lower.EndsWith(ending, StringComparison.Ordinal)
                && _terms.TryGetValue(TermFolding.Fold(lower[..^ending.Length] + replacement), out term))
            {
                return term;
            }
        }

        return null;
    }

    private static string Prefix(string folded) => folded[..Math.Min(3, folded.Length)];

    private ImmutableArray<(string Ending, string Replacement)> Suffixes(string language) =>
        _suffixes.GetOrAdd(language, static l => [.. LanguageData.Lines(l, "name-suffixes")
            .Select(rule => rule.Split('=', 2))
            .Where(parts => parts[0].Length > 0)
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : ""))]);
}
