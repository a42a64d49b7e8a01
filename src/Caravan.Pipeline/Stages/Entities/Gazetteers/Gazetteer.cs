using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>What a gazetteer phrase names.</summary>
public enum GazetteerKind : byte
{
    None = 0,
    /// <summary>A country or territory (LOC); the code is its ISO 3166 region code.</summary>
    Country = 1,
    /// <summary>A language or nationality adjective (MISC: "Russian", "Kasachisch"); the code is the country it points to.</summary>
    Nationality = 2,

    /// <summary>A capital city's exonym (keys only; the tagger's features never see it).</summary>
    Place = 3,
}

/// <summary>One gazetteer phrase: its kind and the region code it resolves to ("KZ").</summary>
public readonly record struct GazetteerEntry(GazetteerKind Kind, string Code);

/// <summary>
/// Lowercase phrases (token sequences joined by a space) mapped to what they name. Immutable and
/// thread-safe. Matching is longest-first over at most <see cref="MaxTokens"/> tokens.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxTokens = 5;
    private readonly FrozenDictionary<string, GazetteerEntry> _phrases;

    // Built on first need, once per gazetteer, however many key builders read it.
    private readonly Lazy<InflectedPhrases> _inflected;

    public Gazetteer(IEnumerable<KeyValuePair<string, GazetteerEntry>> phrases)
    {
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in phrases)
        {
            // A country name wins over a nationality spelled the same way; otherwise the first entry stays.
            if (!map.TryGetValue(phrase, out var old) || (old.Kind != entry.Kind && entry.Kind == GazetteerKind.Country))
            {
                map[phrase] = entry;
            }
        }

        _phrases = map.ToFrozenDictionary(StringComparer.Ordinal);
        _inflected = new Lazy<InflectedPhrases>(() => new InflectedPhrases(this));
    }

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _phrases.Count;

    public bool TryGet(string lowerPhrase, out GazetteerEntry entry) => _phrases.TryGetValue(lowerPhrase, out entry);

    /// <summary>The code of the one multi-word place name the lowercase words inflect ("vereinigten staaten" -> "US"), or null.</summary>
    public string? InflectedCode(IReadOnlyList<string> words) => _inflected.Value.Code(words);

    /// <summary>Every phrase and what it names.</summary>
    public IEnumerable<KeyValuePair<string, GazetteerEntry>> Entries => _phrases;

    /// <summary>
    /// Per token: 0 outside any phrase, else 2 * kind - 1 at a phrase's first token and 2 * kind after it.
    /// </summary>
    public byte[] Mark(IReadOnlyList<string> lower)
    {
        var marks = new byte[lower.Count];
        var i = 0;
        while (i < lower.Count)
        {
            var length = LongestMatch(lower, i, out var entry);
            if (length == 0)
            {
                i++;
                continue;
            }

            marks[i] = (byte)((2 * (int)entry.Kind) - 1);
            for (var k = 1; k < length; k++)
            {
                marks[i + k] = (byte)(2 * (int)entry.Kind);
            }

            i += length;
        }

        return marks;
    }

    /// <summary>The number of tokens of the longest phrase starting at <paramref name="start"/> (0 if none).</summary>
    public int LongestMatch(IReadOnlyList<string> lower, int start, out GazetteerEntry entry)
    {
        entry = default;
        var found = 0;
        var phrase = "";
        for (var n = 1; n <= MaxTokens && start + n <= lower.Count; n++)
        {
            phrase = n == 1 ? lower[start] : phrase + " " + lower[start + n - 1];
            if (_phrases.TryGetValue(phrase, out var e))
            {
                entry = e;
                found = n;
            }
        }

        return found;
    }
}
