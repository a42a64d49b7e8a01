namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Where the walk from an opening mark to its closing mark ends, for one text: the closing mark, or the end of
/// the paragraph where the quote is left open. A walk visits only quotation marks; it steps over a nested quote
/// (a different mark that opens and closes again) and goes on into the next paragraph when that one opens with
/// the same mark. Two walks of the same opening mark that reach the same mark (or paragraph end) go on alike, so
/// each remembers where it ended and a later walk stops at the first mark an earlier one passed: every mark is
/// walked over at most once per kind of opening mark. Rescanning from every unclosed mark was quadratic within
/// <see cref="QuoteScanner.MaxQuoteChars"/> (1 M characters of '“:' and spaces: 18 s, issue #8 seed 58pnPjeF-Pm1).
/// Not thread-safe: one instance per text.
/// </summary>
internal sealed class QuoteWalks
{
    private readonly string _text;
    private readonly ImmutableArray<TextSpan> _paragraphs;
    private readonly QuoteMarks _marks;
    private readonly int[] _positions;
    private readonly Dictionary<long, QuoteWalkEnd> _atMark = [];
    private readonly Dictionary<long, QuoteWalkEnd> _atParagraphEnd = [];
    private readonly Dictionary<long, int> _nextCloser = [];
    private readonly List<long> _marksPassed = [];
    private readonly List<long> _paragraphsPassed = [];

    public QuoteWalks(string text, ImmutableArray<TextSpan> paragraphs, QuoteMarks marks)
    {
        _text = text;
        _paragraphs = paragraphs;
        _marks = marks;
        var positions = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (marks.IsMark(text[i]))
            {
                positions.Add(i);
            }
        }

        _positions = [.. positions];
    }

    /// <summary>Where the walk from the opening mark at <paramref name="open"/> (in paragraph <paramref name="paragraph"/>) ends.</summary>
    public QuoteWalkEnd From(int open, int paragraph)
    {
        var opener = _text[open];
        var t = FirstMarkAfter(open);
        var p = paragraph;
        _marksPassed.Clear();
        _paragraphsPassed.Clear();
        QuoteWalkEnd end;
        while (true)
        {
            var paragraphEnd = _paragraphs[p].End;
            if (t < _positions.Length && _positions[t] < paragraphEnd)
            {
                var key = Key(opener, t);
                if (_atMark.TryGetValue(key, out end))
                {
                    break;
                }

                _marksPassed.Add(key);
                var at = _positions[t];
                var c = _text[at];
                if (_marks.Closes(opener, c) && _marks.CanClose(_text, at))
                {
                    end = new QuoteWalkEnd(at, Closed: true);
                    break;
                }

                t = c != opener && _marks.CanOpen(_text, at) && NestedClose(at, t, paragraphEnd) is { } nested ? FirstMarkAfter(nested) : t + 1;
                continue;
            }

            var paragraphKey = Key(opener, p);
            if (_atParagraphEnd.TryGetValue(paragraphKey, out end))
            {
                break;
            }

            _paragraphsPassed.Add(paragraphKey);
            // A paragraph that ends inside the quote continues when the next one opens with a mark again.
            if (p + 1 < _paragraphs.Length && _marks.CanOpen(_text, _paragraphs[p + 1].Start)
                && (_text[_paragraphs[p + 1].Start] == opener || _marks.Closes(opener, _text[_paragraphs[p + 1].Start])))
            {
                p++;
                t = FirstMarkAfter(_paragraphs[p].Start);
                continue;
            }

            end = new QuoteWalkEnd(paragraphEnd, Closed: false);
            break;
        }

        foreach (var key in _marksPassed)
        {
            _atMark[key] = end;
        }

        foreach (var key in _paragraphsPassed)
        {
            _atParagraphEnd[key] = end;
        }

        return end;
    }

    /// <summary>The closing mark of a quote nested at <paramref name="open"/> (mark number <paramref name="t"/>), within its paragraph and <see cref="QuoteScanner.MaxQuoteChars"/>.</summary>
    private int? NestedClose(int open, int t, int paragraphEnd)
    {
        var u = NextCloser(_text[open], t + 1);
        return u < _positions.Length && _positions[u] < Math.Min(paragraphEnd, open + QuoteScanner.MaxQuoteChars) ? _positions[u] : null;
    }

    /// <summary>The number of the first mark from mark number <paramref name="from"/> on that closes <paramref name="opener"/>.</summary>
    private int NextCloser(char opener, int from)
    {
        var passed = new List<long>();
        var u = from;
        while (u < _positions.Length)
        {
            var key = Key(opener, u);
            if (_nextCloser.TryGetValue(key, out var known))
            {
                u = known;
                break;
            }

            passed.Add(key);
            if (_marks.Closes(opener, _text[_positions[u]]) && _marks.CanClose(_text, _positions[u]))
            {
                break;
            }

            u++;
        }

        foreach (var key in passed)
        {
            _nextCloser[key] = u;
        }

        return u;
    }

    private int FirstMarkAfter(int offset)
    {
        var i = Array.BinarySearch(_positions, offset + 1);
        return i >= 0 ? i : ~i;
    }

    private static long Key(char mark, int index) => ((long)mark << 32) | (uint)index;
}

/// <summary>The end of a walk: the offset of the closing mark, or the end of the paragraph where the quote stays open.</summary>
internal readonly record struct QuoteWalkEnd(int Offset, bool Closed);
