using System.Text;
using System.Text.Json;
using Caravan.Storage.Sqlite;
using Caravan.Tests.Search;

namespace Caravan.Tests.Cli.Verbs;

public sealed class SearchVerbTests
{
    private static void WriteStore(string db)
    {
        var corpus = SearchCorpus.Create();
        using var store = SqliteArticleStore.Open(db);
        store.SaveBatch([.. corpus.Articles.Select(a => (new RawDocument(a.Id, a.Source, Encoding.UTF8.GetBytes(a.Text), a.ContentHash, DocumentHints.None), a))], "test");
        store.ReplaceCorpus(corpus);
    }

    [Fact]
    public void ReindexThenSearch_Json_HitsAndFacetsAsJsonLines()
    {
        using var dir = new TempDirectory();
        WriteStore(dir.Path);
        var (code, _, stderr) = CliRunner.Run("reindex", "--db", dir.Path);
        Assert.True(code == 0, stderr);
        (code, var stdout, stderr) = CliRunner.Run("search", "Tokayev", "--db", dir.Path, "--json", "--since", "2024-03-01");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines.Take(3), l => Assert.Equal("hit", l.GetProperty("type").GetString()));
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "hit" && l.GetProperty("id").GetString() == "ru-tokaev");
        var summary = lines[^1];
        Assert.Equal(3, summary.GetProperty("total").GetInt32());
        Assert.Equal(3, summary.GetProperty("facets").GetProperty("languages").GetArrayLength());
    }

    [Fact]
    public void Search_Text_ShowsIdLanguageDateTitleSnippet()
    {
        using var dir = new TempDirectory();
        WriteStore(dir.Path);
        Assert.Equal(0, CliRunner.Run("reindex", "--db", dir.Path).ExitCode);
        var (code, stdout, stderr) = CliRunner.Run("search", "pipeline", "--db", dir.Path, "--lang", "en");
        Assert.True(code == 0, stderr);
        Assert.Contains("en-tokayev\ten\t2024-03-04\tTokayev hosts pipeline talks", stdout, StringComparison.Ordinal);
        Assert.Contains("[pipeline]", stdout, StringComparison.Ordinal);
        Assert.Contains("languages: en 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_BadDate_ExitCode1WithOneLine()
    {
        using var dir = new TempDirectory();
        WriteStore(dir.Path);
        var (code, _, stderr) = CliRunner.Run("search", "x", "--db", dir.Path, "--since", "yesterday-ish");
        Assert.Equal(1, code);
        Assert.Contains("--since", stderr, StringComparison.Ordinal);
    }
}
