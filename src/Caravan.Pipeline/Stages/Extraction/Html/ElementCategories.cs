using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// What the HTML tree builder (13.2.6) does with each element name, as far as nesting goes. Source: the element
/// categories of the HTML standard (special, formatting, void, scope boundaries, foreign-content breakouts).
/// </summary>
internal static class ElementCategories
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "address", "annotation-xml", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound", "big",
        "blockquote", "body", "br", "button", "caption", "center", "code", "col", "colgroup", "dd", "desc", "details", "dialog",
        "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "foreignobject", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image",
        "img", "input", "keygen", "li", "link", "listing", "main", "malignmark", "marquee", "math", "menu", "meta", "mglyph",
        "mi", "mn", "mo", "ms", "mtext", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
        "p", "param", "plaintext", "pre", "rb", "rp", "rt", "rtc", "ruby", "s", "script", "search", "section", "select", "small",
        "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "wbr", "xmp",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> VoidElements = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr");

    public static readonly FrozenSet<string> Formatting = Set(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Start tags that close an open p element in button scope before they open.</summary>
    public static readonly FrozenSet<string> ClosesP = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "hr", "xmp", "li", "dd", "dt");

    public static readonly FrozenSet<string> Headings = Set("h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>The special category: an end tag that meets one of these stops looking for its element.</summary>
    public static readonly FrozenSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
        "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp");

    /// <summary>Elements that end the default scope (every foreign element is treated as one too: on the safe side).</summary>
    public static readonly FrozenSet<string> ScopeBoundary = Set(
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    /// <summary>Start tags that leave SVG or MathML content: the open foreign elements are popped first.</summary>
    public static readonly FrozenSet<string> Breakout = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    /// <summary>Elements whose end tag the tree builder implies ("generate implied end tags"), without rb and rtc: on the safe side.</summary>
    public static readonly FrozenSet<string> ImpliedEnd = Set("dd", "dt", "li", "optgroup", "option", "p", "rp", "rt");

    /// <summary>Elements that put a marker on the list of active formatting elements.</summary>
    public static readonly FrozenSet<string> MarkerElements = Set("applet", "caption", "marquee", "object", "td", "th", "template");

    /// <summary>Elements that decide the insertion mode (the "reset the insertion mode" walk).</summary>
    public static readonly FrozenSet<string> ModeElement = Set(
        "select", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup", "table", "template");

    public static readonly FrozenSet<string> TableSection = Set("tbody", "thead", "tfoot");

    /// <summary>A lower-case tag name; the names above come back as the same string instance.</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= 32 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return KnownBySpan.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    /// <summary>How the tokenizer reads the content of an HTML element of this name.</summary>
    public static ContentModel ContentOf(string name) => name switch
    {
        "title" or "textarea" => ContentModel.RcData,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" => ContentModel.RawText, // noscript: scripting is on
        "script" => ContentModel.ScriptData,
        "plaintext" => ContentModel.PlainText,
        _ => ContentModel.Data,
    };

    private static FrozenSet<string> Set(params string[] names) => FrozenSet.Create(StringComparer.Ordinal, names);
}
