using System.Collections.Frozen;

namespace Caravan.Pipeline.Lexicons;

/// <summary>
/// An ordered list of <see cref="TokenPattern"/>s, matched at a word by trying only the patterns whose first
/// element can match that word: those starting with exactly that word, and those starting with a wildcard.
/// The first pattern in list order that matches wins, as when trying them all; but a word costs a dictionary
/// look-up instead of one comparison per pattern (the union lexicon of an unknown language has hundreds).
/// </summary>
internal sealed class TokenPatternSet
{
    private readonly FrozenDictionary<string, int[]> _byFirstWord;
    private readonly int[] _wildFirst;

    public TokenPatternSet(IEnumerable<TokenPattern> patterns)
    {
        Patterns = [.. patterns];
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wild = new List<int>();
        for (var i = 0; i < Patterns.Length; i++)
        {
            var first = Patterns[i].First;
            if (first is null || first == "..." || (first.Length > 1 && (first[0] == '*' || first[^1] == '*')))
            {
                wild.Add(i);
            }
            else
            {
                (byFirst.TryGetValue(first, out var list) ? list : byFirst[first] = []).Add(i);
            }
        }

        _byFirstWord = byFirst.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _wildFirst = [.. wild];
    }

    /// <summary>The patterns, in the order they are tried.</summary>
    public ImmutableArray<TokenPattern> Patterns { get; }

    /// <summary>One past the last word of the first pattern (in list order) matching at words[start..end), or -1.</summary>
    public int Match(ImmutableArray<Word> words, int start, int end)
    {
        if (start >= end)
        {
            return -1;
        }

        var exact = _byFirstWord.TryGetValue(words[start].Lower, out var found) ? found : [];
        int a = 0, b = 0;
        // Both lists are in pattern order: merge them so the first match in list order wins.
        while (a < exact.Length || b < _wildFirst.Length)
        {
            var next = b >= _wildFirst.Length || (a < exact.Length && exact[a] < _wildFirst[b]) ? exact[a++] : _wildFirst[b++];
            var matched = Patterns[next].Match(words, start, end);
            if (matched > 0)
            {
                return matched;
            }
        }

        return -1;
    }
}
