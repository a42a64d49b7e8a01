using System.Text;
using Caravan.Pipeline.Ingestion.Feeds;

namespace Caravan.Tests.Ingestion.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri Base = new("https://news.example/feeds/main.xml");

    private static IReadOnlyList<FeedItem> Parse(string xml) => FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), Base);

    [Fact]
    public void Parse_Rss2_LinksTitlesDatesRelativeResolved()
    {
        var items = Parse("""
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Tokajew in Astana</title><link>https://news.example/a</link><pubDate>Mon, 04 Mar 2024 10:15:00 GMT</pubDate></item>
            <item><title>Relative</title><link>/b</link></item>
            <item><title>Guid only</title><guid>https://news.example/c</guid></item>
            <item><title>No link</title><guid isPermaLink="false">x-1</guid></item>
            <item><title>Mail</title><link>mailto:x@news.example</link></item>
            </channel></rss>
            """);
        Assert.Equal(["https://news.example/a", "https://news.example/b", "https://news.example/c"], items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal("Tokajew in Astana", items[0].Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 10, 15, 0, TimeSpan.Zero), items[0].Published);
    }

    [Fact]
    public void Parse_Atom_AlternateLinkAndPublished()
    {
        var items = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
            <entry><title>Eins</title><link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/1"/><published>2024-03-05T08:00:00Z</published></entry>
            <entry><title>Zwei</title><link href="2"/><updated>2024-03-06T08:00:00+02:00</updated></entry>
            </feed>
            """);
        Assert.Equal(["https://news.example/1", "https://news.example/feeds/2"], items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 6, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Fact]
    public void Parse_Rdf_Items()
    {
        var items = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://news.example/"><title>R</title></channel>
            <item rdf:about="https://news.example/r1"><title>Unu</title><link>https://news.example/r1</link><dc:date>2024-03-07</dc:date></item>
            </rdf:RDF>
            """);
        var item = Assert.Single(items);
        Assert.Equal("Unu", item.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 0, 0, 0, TimeSpan.Zero), item.Published);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><link>&x;</link></item></channel></rss>")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<rss><channel><item>")]
    public void Parse_DtdWrongRootOrBrokenXml_InvalidData(string xml) =>
        Assert.Throws<InvalidDataException>(() => Parse(xml));
}
