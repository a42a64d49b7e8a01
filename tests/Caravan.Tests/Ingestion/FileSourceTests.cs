using System.IO.Compression;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Tests.Ingestion;

public sealed class FileSourceTests
{
    private static List<IngestItem> Read(params string[] paths) => [.. new FileSource().Read(paths)];

    [Theory]
    [InlineData("000_e8537f0d67bd5a57.txt", "000_e8537f0d67bd5a57")]
    [InlineData("page.html.gz", "page")]
    [InlineData("dir/Bericht.über.Astana.htm", "Bericht.über.Astana")]
    [InlineData("feed.jsonl", "feed")]
    public void FromPath_KnownExtensions_AreStripped(string path, string id) => Assert.Equal(id, DocumentIds.FromPath(path));

    [Fact]
    public void Read_Folder_SortedByPathRecursivelyAndSkipsOtherFiles()
    {
        using var dir = new TempDirectory();
        dir.File("b.txt", "Zweiter Text.");
        dir.File("a/c.html", "<p>Dritter</p>");
        dir.File("README.md", "not an article");
        dir.File("a.txt", "Erster Text.");
        var ids = Read(dir.Path).OfType<IngestedDocument>().Select(d => d.Document.Id);
        Assert.Equal(["a", "c", "b"], ids);
    }

    [Fact]
    public void Read_BadInputs_OneProblemEachNamingTheFile_OthersGoOn()
    {
        using var dir = new TempDirectory();
        dir.File("1-empty.txt", "  \n ");
        dir.File("2-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);
        dir.File("3-latin1.txt", [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0x61, 0x75, 0x73]);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "4-dangling.txt"), Path.Combine(dir.Path, "nowhere.txt"));
        dir.File("5-good.txt", "Ein guter Text über Astana.");
        var items = Read(dir.Path);
        var problems = items.OfType<InputProblem>().ToList();
        Assert.Equal([ErrorCode.InputEmpty, ErrorCode.InputBinary, ErrorCode.InvalidEncoding, ErrorCode.InputUnreadable],
            problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.Contains(dir.Path, p.ToString(), StringComparison.Ordinal));
        Assert.Equal("5-good", Assert.Single(items.OfType<IngestedDocument>()).Document.Id);
    }

    [Fact]
    public void Read_GzipHtml_IsDecompressed()
    {
        using var dir = new TempDirectory();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><body><p>Știri din Iași</p></body></html>"));
        }

        dir.File("stire.html.gz", buffer.ToArray());
        var document = Assert.Single(Read(dir.Path).OfType<IngestedDocument>()).Document;
        Assert.Equal(SourceKind.Html, document.Source.Kind);
        Assert.Contains("Știri din Iași", Encoding.UTF8.GetString(document.Bytes.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedWithinLimit()
    {
        using var dir = new TempDirectory();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            Array.Fill(zeros, (byte)' ');
            for (var i = 0; i < 8; i++)
            {
                gzip.Write(zeros);
            }
        }

        dir.File("bomb.html.gz", buffer.ToArray());
        var source = new FileSource(new IngestOptions { MaxDocumentBytes = 1 << 20 });
        var problem = Assert.IsType<InputProblem>(Assert.Single(source.Read([dir.Path])));
        Assert.Contains("limit", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonLines_BadLineIsReportedAndSkipped()
    {
        using var dir = new TempDirectory();
        dir.File("feed.jsonl", """
            {"id": "a1", "text": "Erster Artikel.", "title": "Eins", "date": "2026-03-10", "lang": "de"}
            {"id": "a2", "text": 
            {"text": "ohne id"}
            {"id": "a3", "text": "Dritter Artikel.", "url": "https://example.org/3"}
            """);
        var items = Read(dir.Path);
        var documents = items.OfType<IngestedDocument>().Select(d => d.Document).ToList();
        Assert.Equal(["a1", "a3"], documents.Select(d => d.Id));
        Assert.Equal("Eins", documents[0].Hints.Title);
        Assert.Equal("de", documents[0].Hints.Language);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), documents[0].Hints.Published);
        Assert.Equal("https://example.org/3", documents[1].Source.Url);
        var problems = items.OfType<InputProblem>().Select(p => p.Input).ToList();
        Assert.Equal(2, problems.Count);
        Assert.EndsWith("feed.jsonl:2", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameContentTwice_SameHash()
    {
        using var dir = new TempDirectory();
        dir.File("x.txt", "Gleicher Inhalt.");
        dir.File("y.txt", "Gleicher Inhalt.");
        var hashes = Read(dir.Path).OfType<IngestedDocument>().Select(d => d.Document.ContentHash).Distinct();
        Assert.Single(hashes);
    }
}
