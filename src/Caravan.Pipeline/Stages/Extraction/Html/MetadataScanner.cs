using AngleSharp.Dom;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>Collects metadata evidence from elements as the walker meets them (and from &lt;head&gt;, which it skips).</summary>
internal static class MetadataScanner
{
    private const int MaxH1 = 8;
    private const int MaxSubheadings = 40;
    private const int MaxBylineChars = 120;

    public static void ScanHead(IDocument document, PageSignals signals)
    {
        var head = document.Head;
        if (head is null)
        {
            return;
        }

        foreach (var element in head.Children)
        {
            ScanElement(element, element.LocalName, signals, 0);
        }
    }

    /// <summary>Records what <paramref name="element"/> says about the page; <paramref name="block"/> counts the text blocks before it.</summary>
    public static void ScanElement(IElement element, string tag, PageSignals signals, int block)
    {
        switch (tag)
        {
            case "meta":
                AddMeta(element, signals);
                return;
            case "title":
                signals.TitleTag ??= Normalize(element.TextContent);
                return;
            case "link":
                if (string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                {
                    signals.Canonical ??= element.GetAttribute("href");
                }

                return;
            case "script":
                if (element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    signals.JsonLd.Add(element.TextContent);
                }

                return;
            case "h1" or "h2" or "h3":
                var level = tag[1] - '0';
                if (signals.Headings.Count(h => (h.Level == 1) == (level == 1)) < (level == 1 ? MaxH1 : MaxSubheadings))
                {
                    var heading = HeadingText.Read(element, level, block);
                    if (heading.Text.Length > 0)
                    {
                        signals.Headings.Add(heading);
                    }
                }

                break;
            case "time":
                var datetime = element.GetAttribute("datetime");
                if (!string.IsNullOrWhiteSpace(datetime))
                {
                    signals.Times.Add((datetime, IsPublishedMarker(element)));
                }

                break;
        }

        // hAtom: <abbr class="published" title="2013-04-04T18:52:11+00:00">, also on spans ("updated").
        var titleAttribute = element.GetAttribute("title");
        if (titleAttribute is { Length: >= 10 and <= 40 } && char.IsAsciiDigit(titleAttribute[0]) &&
            ElementRoles.AnyWord(element.GetAttribute("class"), w => w is "published" or "updated", parts: false))
        {
            signals.Times.Add((titleAttribute, element.ClassList.Contains("published")));
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is "datePublished" or "dateCreated" && tag != "time")
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? Normalize(element.TextContent);
            if (!string.IsNullOrWhiteSpace(value))
            {
                signals.Times.Add((value, true));
            }
        }

        if (itemprop == "author" || string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) ||
            ElementRoles.AnyWord(element.GetAttribute("class"), w => w is "author" or "byline" or "author-name" or "authorname"))
        {
            var value = element.GetAttribute("content") ?? Normalize(element.TextContent);
            if (value.Length is > 0 and <= MaxBylineChars)
            {
                signals.Bylines.Add(value);
            }
        }
    }

    private static bool IsPublishedMarker(IElement element) =>
        element.HasAttribute("pubdate") ||
        element.GetAttribute("itemprop") is "datePublished" ||
        ElementRoles.AnyWord(element.GetAttribute("class"), w => w.StartsWith("publish", StringComparison.Ordinal) || w is "entry-date" or "posted-on");

    private static void AddMeta(IElement element, PageSignals signals)
    {
        var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ??
            element.GetAttribute("http-equiv");
        var content = element.GetAttribute("content");
        if (key is null || content is null)
        {
            return;
        }

        signals.Meta.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
    }

    internal static string Normalize(string text) => TextNormalizer.CollapseWhitespace(text);
}
