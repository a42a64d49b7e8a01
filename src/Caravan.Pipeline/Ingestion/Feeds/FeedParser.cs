using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Caravan.Pipeline.Ingestion.Feeds;

/// <summary>An entry of a feed: where the article is, and what the feed says about it.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateTimeOffset? Published);

/// <summary>
/// Parses RSS 2.0 (<c>channel/item</c>), RSS 1.0 / RDF (<c>rdf:RDF/item</c>) and Atom (<c>feed/entry</c>)
/// by local element names, so namespace variations do not matter. DTDs are refused (XXE, entity
/// bombs); relative links resolve against the feed URL; items without a usable http(s) link are dropped.
/// </summary>
public static class FeedParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 20_000_000,
        IgnoreComments = true,
    };

    public static IReadOnlyList<FeedItem> Parse(Stream xml, Uri feedUrl)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not a feed: {e.Message}", e);
        }

        var root = document.Root ?? throw new InvalidDataException("not a feed: empty document");
        var entries = root.Name.LocalName switch
        {
            "rss" => root.Elements().Where(e => e.Name.LocalName == "channel").Elements().Where(e => e.Name.LocalName == "item"),
            "RDF" => root.Elements().Where(e => e.Name.LocalName == "item"),
            "feed" => root.Elements().Where(e => e.Name.LocalName == "entry"),
            var other => throw new InvalidDataException($"not a feed: root element <{other}>"),
        };
        var items = new List<FeedItem>();
        foreach (var entry in entries)
        {
            if (Link(entry, feedUrl) is { } link)
            {
                items.Add(new FeedItem(link, Text(entry, "title"), Date(entry)));
            }
        }

        return items;
    }

    private static Uri? Link(XElement entry, Uri feedUrl)
    {
        // Atom: <link rel="alternate" href>, or <link href> without rel; RSS/RDF: <link>text</link>, else a permalink guid.
        var atom = entry.Elements().Where(e => e.Name.LocalName == "link" && e.Attribute("href") is not null)
            .OrderBy(e => (string?)e.Attribute("rel") is null or "alternate" ? 0 : 1)
            .FirstOrDefault(e => (string?)e.Attribute("rel") is null or "alternate");
        var text = (string?)atom?.Attribute("href") ?? Text(entry, "link");
        if (string.IsNullOrWhiteSpace(text) && entry.Elements().FirstOrDefault(e => e.Name.LocalName == "guid") is { } guid
            && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            text = guid.Value.Trim();
        }

        return !string.IsNullOrWhiteSpace(text) && Uri.TryCreate(feedUrl, text.Trim(), out var link)
            && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps) ? link : null;
    }

    private static string? Text(XElement entry, string localName) =>
        entry.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static DateTimeOffset? Date(XElement entry)
    {
        foreach (var name in (ReadOnlySpan<string>)["pubDate", "published", "updated", "date", "issued"])
        {
            if (Text(entry, name) is { } value
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
