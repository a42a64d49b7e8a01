using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Removes the bodies of &lt;script&gt; and &lt;style&gt; elements before parsing: half
/// the characters of a news page, which the parser's tokenizer reads one by one and the walker then skips
/// (ScrapingHub: 54 % of the characters, parse CPU halved). JSON-LD scripts keep their bodies (metadata).
/// Invariant: the parsed tree is the tree of the original page with those elements' text emptied, nothing
/// else changed. The scan follows the HTML tokenizer (comments, quoted attribute values, raw-text and
/// RCDATA elements, the escaped states of script data); where the tree builder could read markup
/// differently (foreign content, &lt;select&gt;, which stays open to the end of the page once it holds more
/// than options) it leaves bodies alone, and after &lt;plaintext&gt;,
/// &lt;frameset&gt; or HTML inside SVG/MathML it copies the rest of the page unchanged.
/// </summary>
internal static class RawTextBlanker
{
    // Start tags that leave foreign content (HTML standard, "parsing tokens in foreign content").
    private static readonly string[] Breakout =
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby",
        "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ];

    // SVG and MathML elements whose content the tree builder reads as HTML.
    private static readonly string[] IntegrationPoints = ["foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext"];

    // Their text stays: noscript's is read by TextContent of bylines (an avatar <img> in a <noscript> keeps a long
    // container from passing for a byline on litradio), and it is 0.4 % of the characters.
    private static readonly string[] RawTextKept = ["noscript", "title", "textarea", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>The page with the bodies of its scripts (except JSON-LD) and styles removed; the same string when none is.</summary>
    public static string Blank(string html, CancellationToken cancellationToken)
    {
        List<(int Start, int End)>? cuts = null;
        var bangEnds = new NextMatch(html, "--!>");
        var foreignStack = new List<(int Start, int Length)>();
        var select = 0;
        var sawForeign = false;
        var plainSelect = true;
        var n = html.Length;
        var i = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            var foreign = foreignStack.Count > 0;
            var next = html[lt + 1];
            if (next == '!')
            {
                if (!foreign && sawForeign && string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
                {
                    break; // AngleSharp may still read a CDATA section after a self-closed <svg/>
                }

                i = EndOfDeclaration(html, lt, foreign, bangEnds);
                continue;
            }

            if (next == '?')
            {
                i = EndOfBogusComment(html, lt + 2);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= n)
            {
                break;
            }

            if (!char.IsAsciiLetter(html[nameStart]))
            {
                // "<3" is text; "</>" is dropped; "</3...>" is a bogus comment.
                i = !closing ? lt + 1 : html[nameStart] == '>' ? nameStart + 1 : EndOfBogusComment(html, nameStart);
                continue;
            }

            var nameEnd = nameStart + 1;
            while (nameEnd < n && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var gt = EndOfTag(html, nameEnd, out var selfClosing);
            if (gt < 0)
            {
                break; // the tokenizer drops a tag cut by the end of the page
            }

            i = gt + 1;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                if (foreign)
                {
                    // An end tag closes the nearest open SVG/MathML element of its name; one that names none goes to
                    // the HTML rules, which may close the foreign elements too (</div> around an <svg>).
                    var open = LastOpen(html, foreignStack, name);
                    if (open < 0)
                    {
                        break;
                    }

                    foreignStack.RemoveRange(open, foreignStack.Count - open);
                    continue;
                }

                // AngleSharp ignores </select> after other elements inside it (an <h1> in an <option>): then it stays open here.
                select -= Is(name, "select") && select > 0 && plainSelect ? 1 : 0;
                continue;
            }

            plainSelect &= select == 0 || Is(name, "option") || Is(name, "optgroup") || Is(name, "hr");
            if (foreign || Is(name, "svg") || Is(name, "math"))
            {
                // Inside SVG/MathML, <script> and <style> are ordinary elements whose content is markup; a self-closed
                // element (<svg/>, <path/>) is opened and closed at once.
                sawForeign = true;
                if (IsAny(name, Breakout) || (foreign && IsAny(name, IntegrationPoints) && !selfClosing && !HoldsOnlyText(html, i, name)))
                {
                    break;
                }

                if (!selfClosing)
                {
                    foreignStack.Add((nameStart, nameEnd - nameStart));
                }

                continue;
            }

            if (Is(name, "plaintext") || Is(name, "frameset"))
            {
                break;
            }

            if (Is(name, "select"))
            {
                plainSelect = select == 0;
                select++;
                continue;
            }

            var rawText = Is(name, "style") || IsAny(name, RawTextKept);
            if (select > 0 && rawText)
            {
                break; // inside <select> the tree builder ignores these start tags: their content is markup
            }

            var bodyEnd = -1;
            var blank = false;
            if (Is(name, "script"))
            {
                bodyEnd = EndOfScript(html, i);
                blank = !DeclaresJsonLd(html.AsSpan(lt, gt - lt));
            }
            else if (Is(name, "style"))
            {
                bodyEnd = EndOfRawText(html, i, name);
                blank = true;
            }
            else if (rawText)
            {
                bodyEnd = EndOfRawText(html, i, name);
            }

            if (bodyEnd < 0)
            {
                continue;
            }

            if (blank && select == 0 && bodyEnd > i)
            {
                (cuts ??= []).Add((i, bodyEnd));
            }

            i = bodyEnd;
        }

        return cuts is null ? html : Without(html, cuts);
    }

    /// <summary>One allocation, the size of the result: pages are mostly past 85 kB, on the large object heap.</summary>
    private static string Without(string html, List<(int Start, int End)> cuts)
    {
        var length = html.Length;
        foreach (var (start, end) in cuts)
        {
            length -= end - start;
        }

        return string.Create(length, (html, cuts), static (span, state) =>
        {
            var copied = 0;
            foreach (var (start, end) in state.cuts)
            {
                state.html.AsSpan(copied, start - copied).CopyTo(span);
                span = span[(start - copied)..];
                copied = end;
            }

            state.html.AsSpan(copied).CopyTo(span);
        });
    }

    /// <summary>A script whose start tag may declare JSON-LD keeps its body (an entity in the tag could spell the type).</summary>
    private static bool DeclaresJsonLd(ReadOnlySpan<char> startTag) =>
        startTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || startTag.Contains('&');

    /// <summary>Index of the '&gt;' closing a tag whose name ends at <paramref name="i"/>, or -1 at the end of the page.</summary>
    private static int EndOfTag(string html, int i, out bool selfClosing)
    {
        selfClosing = false;
        var n = html.Length;
        while (i < n)
        {
            var c = html[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '>')
            {
                return i;
            }

            if (c == '/')
            {
                if (i + 1 < n && html[i + 1] == '>')
                {
                    selfClosing = true;
                    return i + 1;
                }

                i++;
                continue;
            }

            // An attribute name (a leading '=' belongs to it), then an optional value.
            i++;
            while (i < n && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            while (i < n && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= n || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < n && IsSpace(html[i]))
            {
                i++;
            }

            if (i < n && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 1;
                continue;
            }

            while (i < n && !IsSpace(html[i]) && html[i] != '>')
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>After "&lt;!": a comment, a CDATA section (foreign content only), else a doctype or bogus comment up to '&gt;'.</summary>
    private static int EndOfDeclaration(string html, int lt, bool foreign, NextMatch bangEnds)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var start = lt + 4;
            if (start < html.Length && html[start] == '>')
            {
                return start + 1;
            }

            if (string.CompareOrdinal(html, start, "->", 0, 2) == 0)
            {
                return start + 2;
            }

            var end = html.IndexOf("-->", start, StringComparison.Ordinal);
            var bang = bangEnds.From(start);
            return end < 0 && bang < 0 ? html.Length
                : bang < 0 || (end >= 0 && end < bang) ? end + 3 : bang + 4;
        }

        if (foreign && string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
        {
            var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        return EndOfBogusComment(html, lt + 2);
    }

    private static int EndOfBogusComment(string html, int from)
    {
        var gt = html.IndexOf('>', from);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>Where the text of a raw-text or RCDATA element ends: its first end tag, or the end of the page.</summary>
    private static int EndOfRawText(string html, int from, ReadOnlySpan<char> name)
    {
        var at = from;
        while (true)
        {
            var end = html.IndexOf("</", at, StringComparison.Ordinal);
            if (end < 0)
            {
                return html.Length;
            }

            if (IsEndTag(html, end, name))
            {
                return end;
            }

            at = end + 1;
        }
    }

    /// <summary>Script data ends at the first &lt;/script&gt; unless an HTML comment opens before it (the escaped states).</summary>
    private static int EndOfScript(string html, int from)
    {
        var end = EndOfRawText(html, from, "script");
        return html.AsSpan(from, end - from).Contains("<!--", StringComparison.Ordinal) ? EndOfEscapedScript(html, from) : end;
    }

    /// <summary>
    /// The tokenizer's script data states, for scripts holding "&lt;!--": inside such a comment a
    /// "&lt;script&gt;" enters the double-escaped state, where "&lt;/script&gt;" does not end the script.
    /// </summary>
    private static int EndOfEscapedScript(string html, int from)
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        var state = Data;
        var dashes = 0;
        var i = from;
        var n = html.Length;
        while (i < n)
        {
            var c = html[i];
            if (c == '-' && state != Data)
            {
                dashes = Math.Min(dashes + 1, 2);
                i++;
                continue;
            }

            var afterDashes = dashes;
            dashes = 0;
            if (c == '>' && state != Data && afterDashes == 2)
            {
                state = Data;
                i++;
                continue;
            }

            if (c != '<')
            {
                i++;
                continue;
            }

            if (state != DoubleEscaped && IsEndTag(html, i, "script"))
            {
                return i;
            }

            if (state == Data)
            {
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                {
                    state = Escaped;
                    dashes = 2;
                    i += 4;
                    continue;
                }

                i++;
                continue;
            }

            // Escaped: "<script" + terminator opens the double-escaped state; double-escaped: "</script" + terminator leaves it.
            var slash = state == DoubleEscaped;
            var nameStart = i + (slash ? 2 : 1);
            if (slash && (i + 1 >= n || html[i + 1] != '/'))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < n && char.IsAsciiLetter(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd > nameStart && nameEnd < n && (IsSpace(html[nameEnd]) || html[nameEnd] is '/' or '>'))
            {
                if (Is(html.AsSpan(nameStart, nameEnd - nameStart), "script"))
                {
                    state = slash ? Escaped : DoubleEscaped;
                }

                i = nameEnd + 1;
                continue;
            }

            i = nameEnd > nameStart ? nameEnd : i + 1;
        }

        return n;
    }

    /// <summary>True when the element's content up to its end tag has no markup (an SVG &lt;title&gt; holding a label).</summary>
    private static bool HoldsOnlyText(string html, int from, ReadOnlySpan<char> name)
    {
        var lt = html.IndexOf('<', from);
        return lt >= 0 && IsEndTag(html, lt, name);
    }

    private static int LastOpen(string html, List<(int Start, int Length)> stack, ReadOnlySpan<char> name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (Is(html.AsSpan(stack[k].Start, stack[k].Length), name))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsEndTag(string html, int at, ReadOnlySpan<char> name)
    {
        var after = at + 2 + name.Length;
        return after < html.Length && html[at + 1] == '/' && Is(html.AsSpan(at + 2, name.Length), name) &&
            (IsSpace(html[after]) || html[after] is '/' or '>');
    }

    // The tokenizer lower-cases ASCII letters only: "ſcript" is not "script" (as OrdinalIgnoreCase would have it).
    private static bool Is(ReadOnlySpan<char> name, ReadOnlySpan<char> lower) => Ascii.EqualsIgnoreCase(name, lower);

    private static bool IsAny(ReadOnlySpan<char> name, string[] lowers)
    {
        foreach (var lower in lowers)
        {
            if (Is(name, lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The next occurrence of a string at or after a position, remembered: positions asked for only grow, so a page of
    /// many comments and no "--!&gt;" is searched once, not once per comment.
    /// </summary>
    private sealed class NextMatch(string html, string value)
    {
        private int _from = -1;
        private int _at = -1;

        public int From(int from)
        {
            if (_from < 0 || from < _from || (_at >= 0 && from > _at))
            {
                _from = from;
                _at = html.IndexOf(value, from, StringComparison.Ordinal);
            }

            return _at;
        }
    }

    // CR counts: the input stream turns it into LF before tokenizing.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
