using System.Collections.Frozen;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Quotation-mark pairs from Languages/xx/quote-marks.txt. Whether a mark opens or closes is decided
/// by its neighbours, not by the mark alone: "“" opens in English and closes in German.
/// </summary>
internal sealed class QuoteMarks
{
    private readonly FrozenDictionary<char, string> _closers;

    private QuoteMarks()
    {
        var closers = new Dictionary<char, string>();
        foreach (var line in LanguageData.Lines("xx", "quote-marks"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0].Length == 1)
            {
                closers[parts[0][0]] = string.Concat(parts[1..]);
            }
        }

        _closers = closers.ToFrozenDictionary();
        All = closers.Keys.Concat(closers.Values.SelectMany(v => v)).ToFrozenSet();
    }

    public static QuoteMarks Default { get; } = new();

    public FrozenSet<char> All { get; }

    public bool IsMark(char c) => All.Contains(c);

    /// <summary>True when <paramref name="close"/> may end a quote opened with <paramref name="open"/>.</summary>
    public bool Closes(char open, char close) => _closers.TryGetValue(open, out var c) && c.Contains(close, StringComparison.Ordinal);

    /// <summary>A mark at <paramref name="i"/> that can open a quote: after a boundary, before the quoted words.</summary>
    public bool CanOpen(string text, int i)
    {
        var c = text[i];
        if (!_closers.ContainsKey(c))
        {
            return false;
        }

        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var openingBoundary = char.IsWhiteSpace(before) || before is '(' or '[' or ':' or '—' or '–' or '-' or '/' || IsMark(before);
        // Guillemets and corner brackets carry inner spaces in French and Japanese typesetting.
        var wordFollows = !char.IsWhiteSpace(after) || c is '«' or '»' or '‹' or '›' or '「' or '『';
        return openingBoundary && wordFollows && !IsMark(after) || (openingBoundary && IsMark(after) && after != c && i + 2 < text.Length && char.IsLetterOrDigit(text[i + 2]));
    }

    /// <summary>A mark at <paramref name="i"/> that can close a quote: after the quoted words, before a boundary.</summary>
    public bool CanClose(string text, int i)
    {
        var c = text[i];
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var wordBefore = !char.IsWhiteSpace(before) || c is '»' or '«' or '›' or '‹' or '」' or '』';
        var boundaryAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after) || IsMark(after);
        return i > 0 && wordBefore && boundaryAfter;
    }
}
