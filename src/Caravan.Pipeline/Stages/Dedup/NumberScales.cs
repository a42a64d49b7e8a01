using System.Collections.Concurrent;
using System.Globalization;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Scale words (<c>Languages/&lt;iso&gt;/number-scales.txt</c>, then <c>Languages/xx/number-scales.txt</c>):
/// the power of ten by which a word multiplies the number before it ("Millionen": 6, "万": 4). Folded words
/// of six or more letters also match the words they start ("millionen" by "million"); shorter ones match
/// exactly ("mio", "тыс"). Thread-safe; one table per language, built on first use.
/// </summary>
internal sealed class NumberScales
{
    private const string FileName = "number-scales";
    private const int PrefixLength = 6;
    private static readonly ConcurrentDictionary<string, NumberScales> ByLanguage = new(StringComparer.Ordinal);

    // Folded word (or its first six letters) -> power; the language's own file wins over xx.
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);

    // Han scale characters as written, longest first ("千万" before "千").
    private readonly List<(string Chars, int Power)> _han = [];

    private NumberScales(string language)
    {
        foreach (var line in LanguageData.Lines(language, FileName).Concat(LanguageData.Lines("xx", FileName)))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var power))
            {
                continue;
            }

            foreach (var word in parts.Skip(1))
            {
                if (TermFolding.IsUnspaced(word[0]))
                {
                    if (!_han.Exists(h => h.Chars == word))
                    {
                        _han.Add((word, power));
                    }

                    continue;
                }

                var folded = TermFolding.Fold(word);
                if (folded.Length > 0)
                {
                    (folded.Length >= PrefixLength ? _prefixes : _exact).TryAdd(folded.Length >= PrefixLength ? folded[..PrefixLength] : folded, power);
                }
            }
        }

        _han.Sort((a, b) => b.Chars.Length.CompareTo(a.Chars.Length));
    }

    /// <summary>The scale words of a language (its own file first, then those of every language).</summary>
    public static NumberScales For(string language) => ByLanguage.GetOrAdd(language, static l => new NumberScales(l));

    /// <summary>The power of ten of a folded word, or null when it is no scale word.</summary>
    public int? Power(string folded)
    {
        if (_exact.TryGetValue(folded, out var power))
        {
            return power;
        }

        return folded.Length >= PrefixLength && _prefixes.TryGetValue(folded[..PrefixLength], out power) ? power : null;
    }

    /// <summary>The power of ten of the Han scale characters that start <paramref name="run"/>, and how many they are.</summary>
    public (int Power, int Length)? HanPower(ReadOnlySpan<char> run)
    {
        foreach (var (chars, power) in _han)
        {
            if (run.StartsWith(chars, StringComparison.Ordinal))
            {
                return (power, chars.Length);
            }
        }

        return null;
    }
}
