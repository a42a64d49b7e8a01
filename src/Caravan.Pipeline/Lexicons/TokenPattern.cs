namespace Caravan.Pipeline.Lexicons;

/// <summary>
/// A lexicon entry matched against lower-cased tokens: space-separated elements, where "word*"
/// matches any ending, "*word" any beginning (German compounds: "*hilfe" matches "US-Hilfe") and
/// "..." skips up to <see cref="MaxGap"/> word tokens (not across punctuation). Linear per position.
/// </summary>
internal sealed class TokenPattern
{
    public const int MaxGap = 6;
    private readonly string[] _elements;

    public TokenPattern(string pattern)
    {
        // Split "l'" and "qu'" forms are single tokens in the tokenizer, so patterns keep them whole.
        _elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Text = pattern;
    }

    public string Text { get; }

    /// <summary>The first element ("...", a word, or a word with a wildcard), or null for an empty pattern.</summary>
    public string? First => _elements.Length > 0 ? _elements[0] : null;

    /// <summary>Number of elements that must match a token (gaps excluded).</summary>
    public int Length => _elements.Count(e => e != "...");

    /// <summary>Index one past the last matched token, or -1 when the pattern does not start at <paramref name="start"/>.</summary>
    /// <remarks>Takes the array itself: as an <c>IReadOnlyList</c> it was boxed on every call, once per pattern and word.</remarks>
    public int Match(ImmutableArray<Word> words, int start, int end)
    {
        var i = start;
        var gap = false;
        foreach (var element in _elements)
        {
            if (element == "...")
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                var found = -1;
                for (var j = i; j < end && j <= i + MaxGap; j++)
                {
                    if (ElementMatches(element, words[j].Lower))
                    {
                        found = j;
                        break;
                    }

                    if (!words[j].IsWord)
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return -1;
                }

                i = found + 1;
                gap = false;
                continue;
            }

            if (i >= end || !ElementMatches(element, words[i].Lower))
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    public static bool ElementMatches(string element, string token)
    {
        if (element.Length > 1 && element[^1] == '*')
        {
            return token.StartsWith(element.AsSpan(0, element.Length - 1), StringComparison.Ordinal);
        }

        if (element.Length > 1 && element[0] == '*')
        {
            return token.EndsWith(element.AsSpan(1), StringComparison.Ordinal);
        }

        return string.Equals(element, token, StringComparison.Ordinal);
    }
}
