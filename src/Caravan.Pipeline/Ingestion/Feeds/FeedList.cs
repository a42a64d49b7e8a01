using System.Xml;
using System.Xml.Linq;

namespace Caravan.Pipeline.Ingestion.Feeds;

/// <summary>The feeds to watch: URLs given directly, or the <c>xmlUrl</c> of every outline in an OPML file.</summary>
public static class FeedList
{
    public static IReadOnlyList<Uri> Resolve(IEnumerable<string> arguments)
    {
        var feeds = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (Uri.TryCreate(argument, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                feeds.Add(url);
            }
            else if (File.Exists(argument))
            {
                feeds.AddRange(Opml(argument));
            }
            else
            {
                throw new Core.Errors.CaravanException(Core.Errors.ErrorCode.BadArgument, $"{argument}: neither an http(s) URL nor an OPML file");
            }
        }

        return [.. feeds.Distinct()];
    }

    private static IEnumerable<Uri> Opml(string path)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            throw new Core.Errors.CaravanException(Core.Errors.ErrorCode.InputUnreadable, $"{path}: not a readable OPML file ({e.Message})", e);
        }

        return document.Descendants().Where(e => e.Name.LocalName == "outline")
            .Select(e => (string?)e.Attribute("xmlUrl"))
            .Where(u => u is not null && Uri.TryCreate(u, UriKind.Absolute, out _))
            .Select(u => new Uri(u!));
    }
}
