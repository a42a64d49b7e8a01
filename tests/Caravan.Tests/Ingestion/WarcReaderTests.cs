using System.Text;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Ingestion.Warc;
using CsCheck;
using Page = Caravan.Tests.Ingestion.WarcFiles.Page;

namespace Caravan.Tests.Ingestion;

public sealed class WarcReaderTests
{
    private static List<IngestItem> Read(byte[] bytes) =>
        [.. WarcReader.Read(new MemoryStream(bytes), "test.warc", IngestOptions.Default)];

    private static List<IngestItem> ReadFile(byte[] bytes, string name)
    {
        using var dir = new TempDirectory();
        return [.. new FileSource().Read([dir.File(name, bytes)])];
    }

    private static Page[] Mixed() =>
    [
        new("https://news.example/a", "response", 200, "text/html; charset=ISO-8859-1", WarcFiles.Html(1)),
        new("https://news.example/style.css", "response", 200, "text/css", "body { color: red }"),
        new("https://news.example/b", "request", 0, "text/html", "GET /b HTTP/1.1"),
        new("https://news.example/moved", "response", 301, "text/html", "<html>moved</html>"),
        new("https://news.example/c", "response", 200, "text/html", WarcFiles.Html(3), Chunked: true),
    ];

    [Theory]
    [InlineData(false, "crawl.warc")]
    [InlineData(true, "crawl.warc.gz")]
    public void Read_MixedRecords_YieldsOnlyHtmlResponses(bool gzip, string name)
    {
        var items = ReadFile(WarcFiles.File(Mixed(), gzip), name);
        var documents = items.OfType<IngestedDocument>().Select(d => d.Document).ToList();
        Assert.Empty(items.OfType<InputProblem>());
        Assert.Equal(["https://news.example/a", "https://news.example/c"], documents.Select(d => d.Source.Url));
        Assert.Equal("iso-8859-1", documents[0].Hints.Charset);
        Assert.Equal(WarcFiles.Html(3), Encoding.UTF8.GetString(documents[1].Bytes.Span));
        Assert.StartsWith("warc-", documents[0].Id, StringComparison.Ordinal);
        Assert.Equal(SourceKind.Html, documents[0].Source.Kind);
    }

    [Fact]
    public void Read_SameUriTwice_SameId()
    {
        var page = new Page("https://news.example/a", "response", 200, "text/html", WarcFiles.Html(1));
        var ids = Read(WarcFiles.File([page, page with { Body = WarcFiles.Html(2) }], false)).OfType<IngestedDocument>().Select(d => d.Document.Id).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Read_BadContentLength_ReportsAndResumesAtNextRecord()
    {
        var first = Encoding.Latin1.GetString(WarcFiles.Record(new Page("https://x.example/1", "response", 200, "text/html", WarcFiles.Html(1))));
        var broken = first.Replace("Content-Length: ", "Content-Length: x", StringComparison.Ordinal);
        var second = WarcFiles.Record(new Page("https://x.example/2", "response", 200, "text/html", WarcFiles.Html(2)));
        var items = Read([.. Encoding.Latin1.GetBytes(broken), .. second]);
        Assert.NotEmpty(items.OfType<InputProblem>());
        Assert.Equal("https://x.example/2", Assert.Single(items.OfType<IngestedDocument>()).Document.Source.Url);
    }

    [Fact]
    public void Read_Property_EveryTruncationYieldsAPrefixWithoutThrowing()
    {
        var pages = Enumerable.Range(0, 4).Select(i => new Page($"https://t.example/{i}", "response", 200, "text/html", WarcFiles.Html(i))).ToArray();
        var whole = WarcFiles.File(pages, false);
        var expected = Read(whole).OfType<IngestedDocument>().Select(d => d.Document.ContentHash).ToList();
        Gen.Int[0, whole.Length].Sample(cut =>
        {
            var items = Read(whole[..cut]);
            var got = items.OfType<IngestedDocument>().Select(d => d.Document.ContentHash).ToList();
            Assert.Equal(expected.Take(got.Count), got);
            Assert.True(items.OfType<InputProblem>().Count() <= 1);
        }, iter: 300);
    }

    [Fact]
    public void Read_Property_TruncatedGzipNeverThrows()
    {
        var whole = WarcFiles.File(Mixed(), true);
        Gen.Int[0, whole.Length].Sample(cut =>
        {
            using var dir = new TempDirectory();
            _ = new FileSource().Read([dir.File("cut.warc.gz", whole[..cut])]).ToList();
        }, iter: 60);
    }

    [Fact]
    public void Read_Property_GarbageNeverThrowsAndTerminates()
    {
        Gen.Byte.Array[0, 4000].Sample(bytes => _ = Read(bytes), iter: 300);
    }

    [Fact]
    public void Read_Property_RandomContentLengthsNeverThrow()
    {
        var record = Encoding.Latin1.GetString(WarcFiles.Record(new Page("https://x.example/1", "response", 200, "text/html", WarcFiles.Html(1))));
        Gen.Long[-5, 100_000].Sample(length =>
        {
            var bad = System.Text.RegularExpressions.Regex.Replace(record, "Content-Length: \\d+\\r\\n\\r\\nHTTP", $"Content-Length: {length}\r\n\r\nHTTP",
                System.Text.RegularExpressions.RegexOptions.NonBacktracking);
            var items = Read([.. Encoding.Latin1.GetBytes(bad), .. Encoding.Latin1.GetBytes(record)]);
            Assert.True(items.Count >= 1);
        }, iter: 200);
    }
}
