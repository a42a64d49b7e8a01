using System.Text;
using AngleSharp.Dom;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>A heading element's text as a reader takes it in, in document order.</summary>
/// <param name="Level">1 for &lt;h1&gt;, 2 for &lt;h2&gt;, 3 for &lt;h3&gt;.</param>
/// <param name="Text">The headline without its kicker (the topic label set above or before it).</param>
/// <param name="Full">Everything the heading shows, kicker included.</param>
/// <param name="Block">The number of text blocks before it: headings at or before the article's first block stand above it.</param>
/// <param name="Lead">The text of its leading child element when more follows ("&lt;span&gt;Olympische Spiele&lt;/span&gt; Getränke per Schiff..."), else null.</param>
internal sealed record PageHeading(int Level, string Text, string Full, int Block, string? Lead = null);

/// <summary>
/// Reads a heading without the text of scripts and styles inside it, and separates a kicker
/// ("Dachzeile", "topline", "overline") from the headline. News CMSs set the kicker in its own
/// leading element: named by its class (<c>article-heading__kicker</c>, <c>headline--topline</c>), followed by an element holding only a separator (often visually hidden: ": "),
/// or ending with a colon itself. A kicker in plain text ("Klimaschutz: Bohren ...") stays.
/// </summary>
internal static class HeadingText
{
    private const int MinHeadlineChars = 8;

    /// <summary>Text read from one heading; an unclosed heading on a hostile page can hold the whole page.</summary>
    private const int MaxHeadingChars = 1000;

    private static readonly HashSet<string> KickerWords = new(StringComparer.Ordinal)
    {
        "kicker", "topline", "overline", "dachzeile", "roofline", "eyebrow", "supertitle", "superheadline", "spitzmarke",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KickerLookup = KickerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static PageHeading Read(IElement heading, int level, int block)
    {
        var full = TextOf(heading);
        var children = heading.ChildNodes.Where(n => n is IElement e ? !ElementRoles.IsSkipped(e.LocalName) : n.TextContent.Trim().Length > 0).ToList();
        var lead = children.Count >= 2 && children[0] is IElement first && TextOf(first) is { Length: > 0 } firstText &&
            full.StartsWith(firstText, StringComparison.Ordinal) ? firstText : null;
        var kicker = lead is not null && IsKicker((IElement)children[0], lead, children[1]) ? lead.Length : 0;
        var text = WithoutKicker(full, kicker);
        return new PageHeading(level, text, full, block, lead);
    }

    /// <summary>The headline after the first <paramref name="kickerChars"/> characters, or the whole when too little is left.</summary>
    public static string WithoutKicker(string full, int kickerChars)
    {
        var text = kickerChars > 0 ? full[kickerChars..].TrimStart(' ', ':', '-', '–', '—', '|').Trim() : full;
        return text.Length >= MinHeadlineChars ? text : full;
    }

    /// <summary>A leading element named as a kicker, ending with a colon, or followed by a separator element.</summary>
    private static bool IsKicker(IElement first, string firstText, INode next)
    {
        var named = ElementRoles.AnyWord(first.GetAttribute("class"), w => KickerLookup.Contains(w));
        var colon = firstText.EndsWith(':');
        var separatorNext = next is IElement second && TextOf(second) is ":" or "-" or "–" or "—" or "|";
        return named || colon || separatorNext;
    }

    private static string TextOf(INode node)
    {
        var sb = new StringBuilder();
        Append(node, sb, 0);
        return MetadataScanner.Normalize(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (sb.Length > MaxHeadingChars)
            {
                return;
            }

            if (child.NodeType == NodeType.Text)
            {
                sb.Append(child.TextContent);
            }
            else if (child is IElement e && !ElementRoles.IsSkipped(e.LocalName) && depth < 32)
            {
                Append(e, sb, depth + 1);
            }
        }
    }
}
