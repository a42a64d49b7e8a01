using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Caravan.Cli;

namespace Caravan.Tests.Cli;

/// <summary>The `extract` and `clean` verbs as CONTRACTS.md describes them.</summary>
public sealed class ExtractVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-extract-").FullName;

    private const string Page = "<html lang=\"en\"><head><title>A headline here</title></head><body><h1>A headline here</h1>" +
        "<p>The first paragraph of the article is long enough to be taken for prose by the extractor, surely.</p></body></html>";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Extract_FolderWithGzAndHtml_WritesOneLinePerFileSortedWithIds()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in", "sub"));
        File.WriteAllText(Path.Combine(_dir, "in", "b.htm"), Page);
        using (var gz = new GZipStream(File.Create(Path.Combine(_dir, "in", "sub", "a.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Page));
        }

        File.WriteAllText(Path.Combine(_dir, "in", "notes.txt"), "ignored");
        var output = Path.Combine(_dir, "out.jsonl");
        Assert.Equal(0, CaravanCommand.Run(["extract", Path.Combine(_dir, "in"), "--out", output]));

        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("a", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("A headline here", first.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("The first paragraph", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", first.RootElement.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("published").ValueKind);
        Assert.True(first.RootElement.GetProperty("provenance").TryGetProperty("published", out _));
    }

    [Fact]
    public void Extract_PageOverALimit_IsSkippedAndTheOthersWritten_Issue8()
    {
        // A page over a limit (here 600,000 characters of text, over PipelineLimits.MaxTextChars; in the same way a page
        // over ExtractionOptions.MaxCpuTime) fails with CARAVAN0010 wrapped by the stage, which used to end the command.
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("The council met again today and voted on the budget. ", 2_800)) + "</p>";
        File.WriteAllText(Path.Combine(_dir, "in", "a.html"), "<body>" + string.Concat(Enumerable.Repeat(paragraph, 4)) + "</body>");
        File.WriteAllText(Path.Combine(_dir, "in", "b.html"), Page);
        var output = Path.Combine(_dir, "out.jsonl");
        Assert.Equal(0, CaravanCommand.Run(["extract", Path.Combine(_dir, "in"), "--out", output]));
        var line = Assert.Single(File.ReadAllLines(output));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal("b", doc.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Extract_MissingPath_ExitsWithOne() =>
        Assert.Equal(1, CaravanCommand.Run(["extract", Path.Combine(_dir, "missing.html")]));

    [Fact]
    public void Extract_SameInputTwice_IsByteIdentical()
    {
        var page = Path.Combine(_dir, "p.html");
        File.WriteAllText(page, Page);
        CaravanCommand.Run(["extract", page, "--out", Path.Combine(_dir, "1.jsonl")]);
        CaravanCommand.Run(["extract", page, "--out", Path.Combine(_dir, "2.jsonl")]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "1.jsonl")), File.ReadAllBytes(Path.Combine(_dir, "2.jsonl")));
    }

    [Fact]
    public void Clean_Json_WritesExtractShape()
    {
        var input = Path.Combine(_dir, "seedlike.txt");
        File.WriteAllText(input, "Headline of the piece without a period\n\nThe body sentence of the article is here and it ends properly.\n\nLeave a Reply\n\nName *");
        var output = Path.Combine(_dir, "clean.jsonl");
        Assert.Equal(0, CaravanCommand.Run(["clean", input, "--out", output, "--json"]));
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("Headline of the piece without a period", doc.RootElement.GetProperty("title").GetString());
        Assert.Equal("The body sentence of the article is here and it ends properly.", doc.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Clean_Plain_KeepsHeadlineAsFirstParagraph()
    {
        var input = Path.Combine(_dir, "plain.txt");
        File.WriteAllText(input, "Headline of the piece without a period\n\nThe body sentence of the article is here.\n\n0\n124\n");
        var output = Path.Combine(_dir, "clean.txt");
        Assert.Equal(0, CaravanCommand.Run(["clean", input, "--out", output]));
        Assert.Equal("Headline of the piece without a period\n\nThe body sentence of the article is here.\n", File.ReadAllText(output));
    }
}
