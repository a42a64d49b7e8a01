using Caravan.Search;
using Caravan.Storage.Sqlite;
using Caravan.Web;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Tests.Web;

/// <summary>
/// The web app hosted in-process on a free port (http://127.0.0.1:0) over a store holding
/// <see cref="WebCorpus"/>, with one API key.
/// </summary>
public sealed class WebHost : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public string ApiKey { get; private set; } = "";

    /// <summary>Hook for hosts that need other settings (a small rate limit, a test pipeline).</summary>
    internal Func<WebOptions, WebOptions> Configure { get; init; } = o => o;

    internal bool Seed { get; init; } = true;

    public async Task InitializeAsync()
    {
        using (var store = SqliteArticleStore.Open(_dir.Path))
        {
            if (Seed)
            {
                var corpus = WebCorpus.Create();
                store.SaveBatch([.. corpus.Articles.Select(a => (WebCorpus.Raw(a), a))], "test");
                store.ReplaceCorpus(corpus);
                using var index = LuceneSearchIndex.Open(_dir.Path);
                index.Update(corpus);
            }

            ApiKey = SqliteApiKeys.Create(store, DateTimeOffset.UnixEpoch);
        }

        _app = CaravanWebApp.Build(Configure(new WebOptions { Db = new Caravan.Storage.FolderLocation(_dir.Path), Urls = "http://127.0.0.1:0" }));
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = CaravanWebApp.Address(_app) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }
}
