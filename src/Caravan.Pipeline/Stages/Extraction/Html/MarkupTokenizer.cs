namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>The kinds of token <see cref="MarkupTokenizer"/> reads.</summary>
internal enum MarkupKind
{
    Text,
    StartTag,
    EndTag,

    /// <summary>Comments, bogus comments, CDATA sections, processing instructions, unfinished tags: nothing the tree builder nests.</summary>
    Other,
    Doctype,
}

/// <summary>How the tokenizer reads what follows a start tag (the tree builder switches it: HTML tokenization, 13.2.5).</summary>
internal enum ContentModel
{
    Data,
    RcData,
    RawText,
    ScriptData,
    PlainText,
}

/// <summary>One token: its kind, its range in the page, and for tags the lower-case name and the attribute text.</summary>
internal readonly record struct MarkupToken(MarkupKind Kind, int Start, int End, string Name, bool SelfClosing, int AttributesStart);

/// <summary>
/// Splits a page into tokens at the places the HTML tokenizer does (13.2.5), so that a tag the limiter sees is a tag
/// the parser sees: quoted attribute values may hold "&gt;" or "&lt;/div&gt;", comments end at "--&gt;", "--!&gt;" or
/// an abrupt "&lt;!--&gt;", "&lt;" that starts no tag is text, raw text ends only at its own end tag followed by a
/// delimiter, and script data follows the escape states of "&lt;!--" and "&lt;script". A tag cut off by the end of
/// the page is no tag. Linear: every character is looked at a bounded number of times.
/// </summary>
internal sealed class MarkupTokenizer(string html)
{
    private int _position;
    private ContentModel _content;
    private string _rawName = "";

    /// <summary>CDATA sections are read only where the current node is an SVG or MathML element.</summary>
    public bool AllowCData { get; set; }

    public bool AtEnd => _position >= html.Length;

    /// <summary>Switches to the content model the tree builder chose for the element just opened.</summary>
    public void Switch(ContentModel content, string name)
    {
        _content = content;
        _rawName = name;
    }

    public MarkupToken Next()
    {
        var start = _position;
        if (_content != ContentModel.Data)
        {
            var end = _content switch
            {
                ContentModel.PlainText => -1,
                ContentModel.ScriptData => ScriptEnd(start),
                _ => RawEnd(start),
            };
            _content = ContentModel.Data;
            if (end != start)
            {
                _position = end < 0 ? html.Length : end;
                return new MarkupToken(MarkupKind.Text, start, _position, "", false, 0);
            }
        }

        var lt = html.IndexOf('<', start);
        if (lt == start && Markup(lt) is { } token)
        {
            _position = token.End;
            return token;
        }

        if (lt == start)
        {
            lt = start + 1 < html.Length ? html.IndexOf('<', start + 1) : -1; // "<" that starts nothing is text
        }

        _position = lt < 0 ? html.Length : lt;
        return new MarkupToken(MarkupKind.Text, start, _position, "", false, 0);
    }

    private MarkupToken? Markup(int lt)
    {
        if (lt + 1 >= html.Length)
        {
            return null;
        }

        var c = html[lt + 1];
        if (char.IsAsciiLetter(c))
        {
            return Tag(lt, lt + 1, MarkupKind.StartTag);
        }

        switch (c)
        {
            case '/' when lt + 2 >= html.Length:
                return null;
            case '/' when char.IsAsciiLetter(html[lt + 2]):
                return Tag(lt, lt + 2, MarkupKind.EndTag);
            case '/' when html[lt + 2] == '>':
                return Other(lt, lt + 3);
            case '/' or '?':
                return Other(lt, After('>', lt + 2));
            case '!':
                return Declaration(lt);
            default:
                return null;
        }
    }

    private MarkupToken Declaration(int lt)
    {
        var p = lt + 2;
        if (string.CompareOrdinal(html, p, "--", 0, 2) == 0)
        {
            var body = p + 2;
            if (body < html.Length && html[body] == '>')
            {
                return Other(lt, body + 1);
            }

            if (string.CompareOrdinal(html, body, "->", 0, 2) == 0)
            {
                return Other(lt, body + 2);
            }

            var close = html.IndexOf("-->", body, StringComparison.Ordinal);
            var bang = html.IndexOf("--!>", body, StringComparison.Ordinal);
            var end = close < 0 ? (bang < 0 ? html.Length : bang + 4) : (bang >= 0 && bang < close ? bang + 4 : close + 3);
            return Other(lt, end);
        }

        if (string.Compare(html, p, "doctype", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return new MarkupToken(MarkupKind.Doctype, lt, After('>', p), "", false, 0);
        }

        if (AllowCData && string.CompareOrdinal(html, p, "[CDATA[", 0, 7) == 0)
        {
            var end = html.IndexOf("]]>", p + 7, StringComparison.Ordinal);
            return Other(lt, end < 0 ? html.Length : end + 3);
        }

        return Other(lt, After('>', p));
    }

    /// <summary>A tag from its name to its "&gt;", through the attribute states: a quoted value may hold "&gt;".</summary>
    private MarkupToken Tag(int lt, int nameStart, MarkupKind kind)
    {
        var i = nameStart;
        while (i < html.Length && !IsDelimiter(html[i]))
        {
            i++;
        }

        var name = LowerName(nameStart, i);
        var attributes = i;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return Other(lt, html.Length); // a tag cut off by the end of the page is dropped by the tokenizer
            }

            var c = html[i];
            if (c == '>')
            {
                return new MarkupToken(kind, lt, i + 1, name, false, attributes);
            }

            if (c == '/')
            {
                i++;
                if (i < html.Length && html[i] == '>')
                {
                    return new MarkupToken(kind, lt, i + 1, name, true, attributes);
                }

                continue;
            }

            i++; // the first character of a name may be anything, "=" included
            while (i < html.Length && !IsDelimiter(html[i]) && html[i] != '=')
            {
                i++;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return Other(lt, html.Length);
                }

                i = close + 1;
            }
            else
            {
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }
            }
        }
    }

    /// <summary>The start of the end tag that closes RCDATA or RAWTEXT ("&lt;/title" and a delimiter), or -1.</summary>
    private int RawEnd(int from)
    {
        var i = from;
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            if (IsEndTagOf(i, _rawName))
            {
                return i;
            }

            i += 2;
        }

        return -1;
    }

    /// <summary>
    /// The end of script data, through its escape states: inside "&lt;!--" a "&lt;script" starts a double-escaped
    /// part where "&lt;/script" does not end the element; "--&gt;" leaves both.
    /// </summary>
    private int ScriptEnd(int from)
    {
        const int data = 0, escaped = 1, doubleEscaped = 2;
        var state = data;
        var dashes = 0;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '-')
            {
                dashes++;
                continue;
            }

            if (c == '>' && dashes >= 2 && state != data)
            {
                state = data;
            }
            else if (c == '<')
            {
                if (state != doubleEscaped && IsEndTagOf(i, "script"))
                {
                    return i;
                }

                if (state == data && string.CompareOrdinal(html, i + 1, "!--", 0, 3) == 0)
                {
                    state = escaped;
                    i += 3;
                    dashes = 2; // "<!-->" leaves the escape at once
                    continue;
                }

                if (state == escaped && IsTagOf(i + 1, "script"))
                {
                    state = doubleEscaped;
                    i += 7;
                }
                else if (state == doubleEscaped && IsEndTagOf(i, "script"))
                {
                    state = escaped;
                    i += 8;
                }
            }

            dashes = 0;
        }

        return -1;
    }

    private bool IsEndTagOf(int lt, string name) =>
        lt + 1 < html.Length && html[lt + 1] == '/' && IsTagOf(lt + 2, name);

    private bool IsTagOf(int at, string name) =>
        at + name.Length < html.Length &&
        string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        html[at + name.Length] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';

    private int After(char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }

    private static MarkupToken Other(int start, int end) => new(MarkupKind.Other, start, end, "", false, 0);

    private string LowerName(int start, int end)
    {
        var span = html.AsSpan(start, end - start);
        return ElementCategories.Get(span);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool IsDelimiter(char c) => IsSpace(c) || c is '/' or '>';
}
