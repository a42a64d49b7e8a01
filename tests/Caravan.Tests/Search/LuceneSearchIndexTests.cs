using Caravan.Core.Errors;
using Caravan.Core.Search;
using Caravan.Search;
using Caravan.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Caravan.Tests.Search;

/// <summary>The search contract on a data folder's Lucene index.</summary>
public sealed class LuceneSearchIndexTests : SearchIndexTests
{
    private readonly TempDirectory _dir = new();
    private int _locations;

    protected override StoreLocation NewLocation() =>
        new FolderLocation(Path.Combine(_dir.Path, (++_locations).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Search_IndexOfAnOlderSchema_FailsWithReindexHintUntilUpdated()
    {
        var folder = Path.Combine(_dir.Path, "old");
        using (var index = LuceneSearchIndex.Open(folder))
        {
            index.Update(SearchCorpus.Create());
        }

        // Stamp the commit as an older schema would have (its text fields lacked the offsets snippets read).
        using (var directory = FSDirectory.Open(Path.Combine(folder, LuceneSearchIndex.FolderName)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Caravan.Search.Analysis.LanguageAnalyzers.Version, null)))
        {
            writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal) { ["caravan.schema"] = "2" });
            writer.Commit();
        }

        using var old = LuceneSearchIndex.Open(folder);
        var error = Assert.Throws<CaravanException>(() => old.Search(new SearchQuery { Text = "Tokayev" }));
        Assert.Equal(ErrorCode.IndexUnavailable, error.Code);
        Assert.Contains("caravan reindex", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, old.Update(SearchCorpus.Create()).Added);
        Assert.Equal(3, old.Search(new SearchQuery { Text = "Tokayev" }).Total);
    }

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }
}
