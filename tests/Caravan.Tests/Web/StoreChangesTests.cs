using System.Globalization;
using System.Text.Json;
using Caravan.Search;
using Caravan.Storage.Sqlite;

namespace Caravan.Tests.Web;

/// <summary>The server follows writes made to its store by another process (`caravan watch`): pages, API and cached searches.</summary>
public sealed class StoreChangesTests : IAsyncLifetime
{
    private readonly WebHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<int> Total(string path) =>
        JsonDocument.Parse(await _host.Client.GetStringAsync(new Uri(path, UriKind.Relative))).RootElement.GetProperty("total").GetInt32();

    private static async Task<int> Eventually(Func<Task<int>> read, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (value != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    [Fact]
    public async Task ExternalWrite_StoreAndIndex_ShowWithinSeconds()
    {
        Assert.Equal(2, await Total("/api/stories"));
        Assert.Equal(0, await Total("/api/search?q=Tulcea")); // cached for this snapshot

        var corpus = WebCorpus.Create();
        var ferry = Caravan.Testing.Articles.WithText("en-ferry", "The ferry to Tulcea sailed again on Tuesday.", "en", "Ferry resumes") with
        {
            StoryId = "s3",
            Published = DateTimeOffset.Parse("2024-07-01", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };
        var grown = corpus with
        {
            Articles = corpus.Articles.Add(ferry),
            Stories = corpus.Stories.Add(new Story("s3", "Ferry resumes", "The ferry sailed again.", ["en"], ["en-ferry"], ferry.Published, ferry.Published, 1)),
        };
        using (var store = SqliteArticleStore.Open(_host.DataFolder))
        {
            store.SaveBatch([(WebCorpus.Raw(ferry), ferry)], "test");
            store.ReplaceCorpus(grown);
        }

        // `caravan watch` commits the store, then the index: a search in between is answered (and
        // cached) from the index as it was, and must not outlive the index's commit.
        Assert.Equal(3, await Eventually(() => Total("/api/stories"), 3));
        Assert.Equal(0, await Total("/api/search?q=Tulcea"));
        using (var index = LuceneSearchIndex.Open(_host.DataFolder))
        {
            index.Update(grown);
        }

        Assert.Equal(1, await Eventually(() => Total("/api/search?q=Tulcea"), 1));
        Assert.Contains("Ferry resumes", await _host.Client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }
}
