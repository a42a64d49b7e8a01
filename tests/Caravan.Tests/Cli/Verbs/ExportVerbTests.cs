using System.Text;
using Caravan.Pipeline.Ingestion;
using Caravan.Storage.Sqlite;
using Caravan.Tests.Search;

namespace Caravan.Tests.Cli.Verbs;

public sealed class ExportVerbTests
{
    private static string WriteStore(TempDirectory dir)
    {
        var corpus = SearchCorpus.Create();
        using var store = SqliteArticleStore.Open(dir.Path);
        store.SaveBatch([.. corpus.Articles.Select(a => (new RawDocument(a.Id, a.Source, Encoding.UTF8.GetBytes(a.Text), a.ContentHash, DocumentHints.None), a))], "test");
        store.ReplaceCorpus(corpus);
        return dir.Path;
    }

    [Fact]
    public void Export_Jsonl_ReadableBackAsInput()
    {
        using var dir = new TempDirectory();
        var (code, stdout, stderr) = CliRunner.Run("export", "--format", "jsonl", "--db", WriteStore(dir));
        Assert.True(code == 0, stderr);
        var items = JsonLinesReader.Read("export.jsonl", Encoding.UTF8.GetBytes(stdout), IngestOptions.Default).ToList();
        Assert.Equal(5, items.OfType<IngestedDocument>().Count());
        var ru = items.OfType<IngestedDocument>().Single(d => d.Document.Id == "ru-tokaev").Document;
        Assert.Equal("ru", ru.Hints.Language);
        Assert.Contains("\"actors\":[\"Kassym-Jomart Tokayev\"]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CsvAndGexf_WriteFiles()
    {
        using var dir = new TempDirectory();
        var db = WriteStore(dir);
        var csv = Path.Combine(dir.Path, "a.csv");
        var gexf = Path.Combine(dir.Path, "g.gexf");
        Assert.Equal(0, CliRunner.Run("export", "--format", "csv", "--db", db, "--out", csv).ExitCode);
        Assert.Equal(0, CliRunner.Run("export", "--format", "gexf", "--db", db, "--out", gexf).ExitCode);
        var rows = File.ReadAllLines(csv);
        Assert.Equal(6, rows.Length);
        Assert.StartsWith("id,title,language", rows[0], StringComparison.Ordinal);
        Assert.Contains("<gexf", File.ReadAllText(gexf), StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("export", "--format", "pdf", "--db", db).ExitCode);
    }
}
