using static Caravan.Pipeline.Stages.Extraction.Html.ElementCategories;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>The stack operations of <see cref="OpenElementModel"/>: push, pop, scopes, active formatting elements.</summary>
internal sealed partial class OpenElementModel
{
    private enum Scope
    {
        Default,
        Button,
        ListItem,
        Table,
    }

    private const Scope DefaultScope = Scope.Default, ButtonScope = Scope.Button, ListScope = Scope.ListItem, TableScope = Scope.Table;

    /// <summary>An open element: name, namespace and marks, and the index of the element that decides the insertion mode.</summary>
    private readonly record struct Open(string Name, byte Flags, int ModeAt);

    private static bool IsForeign(Open open) => (open.Flags & (SvgNs | MathNs)) != 0;

    /// <summary>Whether a start tag goes through the rules for foreign content (the adjusted current node is SVG or MathML).</summary>
    private bool TakesForeign(string name)
    {
        if (_stack.Count == 0 || !IsForeign(_stack[^1]))
        {
            return false;
        }

        var top = _stack[^1];
        if ((top.Flags & IntegrationPoint) != 0)
        {
            // MathML text integration points take every start tag but mglyph and malignmark as HTML.
            return top.Name is "mi" or "mo" or "mn" or "ms" or "mtext" && name is "mglyph" or "malignmark";
        }

        return !(top.Name == "annotation-xml" && name == "svg");
    }

    private static bool IsIntegrationPoint(string name, byte ns, in MarkupToken token, string html)
    {
        if (ns == SvgNs)
        {
            return name is "foreignobject" or "desc" or "title";
        }

        if (name is "mi" or "mo" or "mn" or "ms" or "mtext")
        {
            return true;
        }

        if (name != "annotation-xml")
        {
            return false;
        }

        var attributes = html.AsSpan(token.AttributesStart, token.End - token.AttributesStart);
        return attributes.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            || attributes.Contains("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"&lt;!DOCTYPE html&gt;" alone puts the document in no-quirks mode, where a table closes an open p.</summary>
    private static bool IsPlainDoctype(ReadOnlySpan<char> doctype)
    {
        var inner = doctype[9..].TrimEnd('>').Trim(" \t\n\f\r");
        return inner.Equals("html", StringComparison.OrdinalIgnoreCase);
    }

    private void Push(string name, byte flags)
    {
        var isMode = (flags & (SvgNs | MathNs)) == 0 && ModeElement.Contains(name);
        var modeAt = isMode ? _stack.Count : _stack.Count == 0 ? -1 : _stack[^1].ModeAt;
        _stack.Add(new Open(name, flags, modeAt));
        if ((flags & Marker) != 0)
        {
            _formatting.Add(null);
            _markers++;
        }
    }

    /// <summary>Pops the element at <paramref name="index"/> and everything above it; a negative index pops nothing.</summary>
    private void PopTo(int index)
    {
        if (index < 0)
        {
            return;
        }

        for (var i = _stack.Count - 1; i >= index; i--)
        {
            if ((_stack[i].Flags & Marker) != 0)
            {
                ClearFormattingToMarker();
            }
        }

        _stack.RemoveRange(index, _stack.Count - index);
    }

    /// <summary>Takes one element out of the middle of the stack (a form, a formatting element), as the builder does.</summary>
    private void RemoveAt(int index)
    {
        if (index < 0)
        {
            return;
        }

        if (index == _stack.Count - 1)
        {
            PopTo(index);
            return;
        }

        _stack.RemoveAt(index);
        for (var i = index; i < _stack.Count; i++)
        {
            var isMode = !IsForeign(_stack[i]) && ModeElement.Contains(_stack[i].Name);
            _stack[i] = _stack[i] with { ModeAt = isMode ? i : i == 0 ? -1 : _stack[i - 1].ModeAt };
        }
    }

    private int ModeIndex() => _stack.Count == 0 ? -1 : _stack[^1].ModeAt;

    private bool IsOpen(string name) => _stack.Exists(o => o.Name == name && !IsForeign(o));

    private int IndexInScope(string name, Scope scope) => IndexInScope(n => n == name, scope);

    /// <summary>The nearest element the predicate accepts before a scope boundary, or -1.</summary>
    private int IndexInScope(Func<string, bool> accepts, Scope scope)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var open = _stack[i];
            var foreign = IsForeign(open);
            if (!foreign && accepts(open.Name))
            {
                return i;
            }

            var boundary = scope == Scope.Table
                ? open.Name is "html" or "table" or "template" && !foreign
                : foreign || ScopeBoundary.Contains(open.Name)
                    || scope == Scope.Button && open.Name == "button" || scope == Scope.ListItem && open.Name is "ol" or "ul";
            if (boundary)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Closes a p in button scope, unless it is one that a table before may already have closed.</summary>
    private void CloseP()
    {
        var p = IndexInScope("p", ButtonScope);
        if (p >= 0 && (_stack[p].Flags & MaybeOpen) == 0)
        {
            PopTo(p);
        }
    }

    /// <summary>The li (dd, dt) rule: close the nearest such item unless a special element other than address, div or p comes first.</summary>
    private void CloseListItem(Func<string, bool> isItem)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var open = _stack[i];
            if (!IsForeign(open) && isItem(open.Name))
            {
                PopTo(i);
                return;
            }

            if (IsForeign(open) || Special.Contains(open.Name) && open.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void PopIfCurrent(string name)
    {
        if (_stack.Count > 0 && _stack[^1].Name == name && !IsForeign(_stack[^1]))
        {
            PopTo(_stack.Count - 1);
        }
    }

    private void PopImplied(string? except)
    {
        while (_stack.Count > 0 && ImpliedEnd.Contains(_stack[^1].Name) && _stack[^1].Name != except && !IsForeign(_stack[^1]))
        {
            PopTo(_stack.Count - 1);
        }
    }

    /// <summary>Takes out the nearest open element of the name above the last marker (the old a a new &lt;a&gt; closes).</summary>
    private void RemoveNearest(string name, bool stopAtMarker)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Name == name && !IsForeign(_stack[i]))
            {
                RemoveAt(i);
                return;
            }

            if (stopAtMarker && (_stack[i].Flags & Marker) != 0)
            {
                return;
            }
        }
    }

    /// <summary>Adds a formatting element; as the builder's "Noah's Ark" clause, at most three with the same tag text.</summary>
    private void AddFormatting(string key)
    {
        var same = 0;
        var earliest = -1;
        for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } k; i--)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                same++;
                earliest = i;
            }
        }

        if (same >= 3)
        {
            _formatting.RemoveAt(earliest);
        }

        _formatting.Add(key);
    }

    private int FormattingSinceMarker()
    {
        var count = 0;
        for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] is not null; i--)
        {
            count++;
        }

        return count;
    }

    private void ClearFormattingToMarker()
    {
        var marker = _formatting.LastIndexOf(null);
        _markers -= marker >= 0 ? 1 : 0;
        _formatting.RemoveRange(Math.Max(marker, 0), _formatting.Count - Math.Max(marker, 0));
    }
}
