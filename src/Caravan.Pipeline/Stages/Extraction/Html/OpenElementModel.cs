using static Caravan.Pipeline.Stages.Extraction.Html.ElementCategories;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// A model of the HTML tree builder's stack of open elements (13.2.6), fed the tokens of <see cref="MarkupTokenizer"/>,
/// that says which start tags would nest past a depth and how the tokenizer reads what follows each tag.
/// Invariant: the model's depth is never below the builder's, up to the elements the builder adds by itself
/// (html, body, tbody and tr around a cell, and re-opened formatting elements, which <c>maxFormatting</c> bounds).
/// Where the model does not follow a rule exactly, it errs on that side: it pops only what the builder pops
/// (scopes, the special category, implied end tags, a p that a table may or may not close), and reads content as
/// raw text only where the builder does (not inside SVG, MathML, or a select, which ignores those tags).
/// Each token costs at most one walk down the stack, which the depth bounds.
/// </summary>
internal sealed partial class OpenElementModel(int maxDepth, int maxFormatting)
{
    private const byte SvgNs = 1, MathNs = 2, IntegrationPoint = 4, MaybeOpen = 8, Marker = 16, SelectInTable = 32;

    private readonly List<Open> _stack = [];
    private readonly List<string?> _formatting = []; // active formatting elements by name and attributes; null is a marker
    private bool? _tableClosesP = false; // no doctype: quirks mode, where a table does not close a p
    private bool _sawContent;
    private bool _formPointer;
    private int _markers;

    public int Depth => _stack.Count;

    /// <summary>True where the current node is an SVG or MathML element (CDATA sections are read there).</summary>
    public bool InForeignContent => _stack.Count > 0 && IsForeign(_stack[^1]);

    /// <summary>Takes one token; false means it must not reach the parser. <paramref name="content"/> is how to read on.</summary>
    public bool Accept(in MarkupToken token, string html, out ContentModel content)
    {
        content = ContentModel.Data;
        switch (token.Kind)
        {
            case MarkupKind.Doctype:
                if (!_sawContent)
                {
                    _tableClosesP = IsPlainDoctype(html.AsSpan(token.Start, token.End - token.Start)) ? true : null;
                }

                _sawContent = true;
                return true;
            case MarkupKind.Text:
                _sawContent |= !html.AsSpan(token.Start, token.End - token.Start).Trim(" \t\n\f\r").IsEmpty;
                return true;
            case MarkupKind.StartTag:
                _sawContent = true;
                return Start(token, html, out content);
            case MarkupKind.EndTag:
                _sawContent = true;
                End(token.Name);
                return true;
            default:
                return true;
        }
    }

    private bool Start(in MarkupToken token, string html, out ContentModel content)
    {
        content = ContentModel.Data;
        var name = token.Name;
        var nests = !VoidElements.Contains(name) && ContentOf(name) == ContentModel.Data; // plaintext is never dropped: its text would become markup
        // Formatting elements closed by another element's end tag are re-opened by the builder before the next text:
        // they count as depth until their own end tag or their marker's element closes.
        if (nests && _stack.Count + _formatting.Count - _markers >= maxDepth)
        {
            return false;
        }

        if (Formatting.Contains(name) && FormattingSinceMarker() >= maxFormatting)
        {
            return false;
        }

        if (TakesForeign(name))
        {
            if (!Breakout.Contains(name))
            {
                if (!token.SelfClosing)
                {
                    var ns = (byte)(_stack[^1].Flags & (SvgNs | MathNs));
                    Push(name, (byte)(ns | (IsIntegrationPoint(name, ns, token, html) ? IntegrationPoint : 0)));
                }

                return true;
            }

            while (_stack.Count > 0 && IsForeign(_stack[^1]) && (_stack[^1].Flags & IntegrationPoint) == 0)
            {
                PopTo(_stack.Count - 1);
            }
        }

        HtmlStart(name, token, html, out content);
        return true;
    }

    private void HtmlStart(string name, in MarkupToken token, string html, out ContentModel content)
    {
        content = ContentModel.Data;
        var mode = ModeIndex();
        var modeName = mode < 0 ? "" : _stack[mode].Name;
        if (modeName == "select")
        {
            SelectStart(name, mode, token, html, out content);
            return;
        }

        if (name is "html" or "head" or "body" or "frameset" or "frame")
        {
            return;
        }

        var raw = ContentOf(name);
        if (raw != ContentModel.Data && raw != ContentModel.PlainText)
        {
            if (name == "xmp")
            {
                CloseP();
            }

            content = raw; // pushed and popped again at its end tag: no lasting depth
            return;
        }

        if (VoidElements.Contains(name))
        {
            if (name == "hr")
            {
                CloseP();
            }

            return;
        }

        switch (name)
        {
            case "li":
                CloseListItem(static n => n == "li");
                break;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                break;
            case "form" when _formPointer && !IsOpen("template"):
                return;
            case "table":
                if (modeName is "table" or "tbody" or "thead" or "tfoot" or "tr")
                {
                    PopTo(IndexInScope("table", TableScope));
                }
                else if (_tableClosesP == true)
                {
                    CloseP();
                }
                else if (_tableClosesP is null && IndexInScope("p", ButtonScope) is var p and >= 0)
                {
                    _stack[p] = _stack[p] with { Flags = (byte)(_stack[p].Flags | MaybeOpen) };
                }

                Push("table", 0);
                return;
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                TablePart(name, mode, modeName);
                return;
            case "select":
                var inTable = modeName is "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption";
                Push("select", inTable ? SelectInTable : (byte)0);
                return;
            case "option" or "optgroup":
                PopIfCurrent("option");
                Push(name, 0);
                return;
            case "rb" or "rtc" or "rp" or "rt":
                if (IndexInScope("ruby", DefaultScope) >= 0)
                {
                    PopImplied(name is "rp" or "rt" ? "rtc" : null);
                }

                Push(name, 0);
                return;
            case "button":
                PopTo(IndexInScope("button", DefaultScope));
                Push(name, 0);
                return;
            case "a":
                if (_formatting.FindLastIndex(k => k is null || k.StartsWith("a\0", StringComparison.Ordinal)) is var a and >= 0 && _formatting[a] is not null)
                {
                    _formatting.RemoveAt(a);
                    RemoveNearest("a", stopAtMarker: true);
                }

                break;
            case "math" or "svg":
                if (!token.SelfClosing)
                {
                    Push(name, name == "svg" ? SvgNs : MathNs);
                }

                return;
        }

        if (ClosesP.Contains(name))
        {
            CloseP();
        }

        if (Headings.Contains(name) && _stack.Count > 0 && Headings.Contains(_stack[^1].Name) && !IsForeign(_stack[^1]))
        {
            PopTo(_stack.Count - 1);
        }

        if (name == "form" && !IsOpen("template"))
        {
            _formPointer = true;
        }

        if (Formatting.Contains(name))
        {
            AddFormatting(name + "\0" + html[token.AttributesStart..token.End]);
        }

        if (name == "plaintext")
        {
            content = ContentModel.PlainText;
        }

        Push(name, MarkerElements.Contains(name) ? Marker : (byte)0);
    }

    /// <summary>Table parts: a cell closes the open cell, a row the open row; outside a table (or template) they are ignored.</summary>
    private void TablePart(string name, int mode, string modeName)
    {
        while (modeName is "caption" or "td" or "th" && name is not ("td" or "th") || modeName is "td" or "th"
            || modeName == "tr" && name is not ("td" or "th")
            || TableSection.Contains(modeName) && name is "tbody" or "thead" or "tfoot" or "caption" or "colgroup"
            || modeName == "colgroup")
        {
            PopTo(mode);
            mode = ModeIndex();
            modeName = mode < 0 ? "" : _stack[mode].Name;
        }

        if (modeName is not ("table" or "tbody" or "thead" or "tfoot" or "tr" or "template"))
        {
            return; // in body, table parts are ignored
        }

        if (modeName == "table" && name is "td" or "th" or "tr")
        {
            Push("tbody", 0);
        }

        if (modeName is "table" or "tbody" or "thead" or "tfoot" && name is "td" or "th")
        {
            Push("tr", 0);
        }

        Push(name, name is "td" or "th" or "caption" ? Marker : (byte)0);
    }

    private void SelectStart(string name, int select, in MarkupToken token, string html, out ContentModel content)
    {
        content = ContentModel.Data;
        var inTable = (_stack[select].Flags & SelectInTable) != 0;
        switch (name)
        {
            case "option":
                PopIfCurrent("option");
                Push(name, 0);
                return;
            case "optgroup":
                PopIfCurrent("option");
                PopIfCurrent("optgroup");
                Push(name, 0);
                return;
            case "select":
                PopTo(select);
                return;
            case "input" or "keygen" or "textarea":
                PopTo(select);
                HtmlStart(name, token, html, out content);
                return;
            case "script":
                content = ContentModel.ScriptData;
                return;
            case "template":
                Push(name, Marker);
                return;
            case "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th" when inTable:
                PopTo(select);
                HtmlStart(name, token, html, out content);
                return;
            default:
                return; // ignored inside a select, raw-text elements too
        }
    }

    private void End(string name)
    {
        if (InForeignContent)
        {
            // As the tree builder: walk down through foreign elements; the first HTML element hands the tag to the HTML rules.
            for (var i = _stack.Count - 1; i > 0; i--)
            {
                if (string.Equals(_stack[i].Name, name, StringComparison.Ordinal))
                {
                    PopTo(i);
                    return;
                }

                if (!IsForeign(_stack[i - 1]))
                {
                    HtmlEnd(name);
                    return;
                }
            }

            return;
        }

        HtmlEnd(name);
    }

    private void HtmlEnd(string name)
    {
        var mode = ModeIndex();
        if (mode >= 0 && _stack[mode].Name == "select")
        {
            SelectEnd(name, mode);
            return;
        }

        switch (name)
        {
            case "template":
                PopTo(_stack.FindLastIndex(o => o.Name == "template" && !IsForeign(o)));
                return;
            case "p":
                CloseP();
                return;
            case "li":
                PopTo(IndexInScope("li", ListScope));
                return;
            case "dd" or "dt":
                PopTo(IndexInScope(name, DefaultScope));
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                PopTo(IndexInScope(Headings.Contains, DefaultScope));
                return;
            case "form":
                if (IsOpen("template"))
                {
                    PopTo(IndexInScope("form", DefaultScope));
                }
                else
                {
                    _formPointer = false;
                    RemoveAt(IndexInScope("form", DefaultScope)); // the builder removes the form alone
                }

                return;
            case "table" or "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption":
                PopTo(IndexInScope(name, TableScope));
                return;
            case "colgroup":
                PopIfCurrent("colgroup");
                return;
            case "body" or "html" or "br" or "head":
                return;
        }

        if (Formatting.Contains(name))
        {
            // The adoption agency either pops up to the element or takes it out and re-opens the rest: removing the
            // element alone never pops more than the builder.
            var at = IndexInScope(name, DefaultScope);
            RemoveAt(at);
            var entry = _formatting.FindLastIndex(k => k is null || k.StartsWith(name + "\0", StringComparison.Ordinal));
            if (entry >= 0 && _formatting[entry] is not null && (at >= 0 || !IsOpen(name)))
            {
                _formatting.RemoveAt(entry);
            }

            return;
        }

        if (name is "address" or "article" or "aside" or "blockquote" or "button" or "center" or "details" or "dialog" or "dir"
            or "div" or "dl" or "fieldset" or "figcaption" or "figure" or "footer" or "header" or "hgroup" or "listing" or "main"
            or "menu" or "nav" or "ol" or "pre" or "section" or "summary" or "ul" or "applet" or "marquee" or "object")
        {
            PopTo(IndexInScope(name, DefaultScope));
            return;
        }

        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var open = _stack[i];
            if (open.Name == name)
            {
                PopTo(i);
                return;
            }

            if (Special.Contains(open.Name) || IsForeign(open))
            {
                return;
            }
        }
    }

    private void SelectEnd(string name, int select)
    {
        switch (name)
        {
            case "option":
                PopIfCurrent("option");
                return;
            case "optgroup":
                if (_stack.Count >= 2 && _stack[^1].Name == "option" && _stack[^2].Name == "optgroup")
                {
                    PopTo(_stack.Count - 1);
                }

                PopIfCurrent("optgroup");
                return;
            case "select":
                PopTo(select);
                return;
            case "caption" or "table" or "tbody" or "tfoot" or "thead" or "tr" or "td" or "th"
                when (_stack[select].Flags & SelectInTable) != 0 && IndexInScope(name, TableScope) >= 0:
                PopTo(select);
                HtmlEnd(name);
                return;
        }
    }
}
