using System.Text;
using Caravan.Core.Pipeline;
using Caravan.Core.Storage;
using Caravan.Pipeline.Ingestion.Feeds;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Pipeline.Jobs;
using Caravan.Storage.Sqlite;

namespace Caravan.Tests.Ingestion.Feeds;

/// <summary>Feeds served by a local server, polled into a store through the analysis job (a decoding pipeline).</summary>
public sealed class FeedWatcherTests
{
    private sealed class DecodeStage : IArticleStage
    {
        public StageInfo Info { get; } = new("decode", 1, ArticleFeatures.Raw, ArticleFeatures.Text);

        public Article Process(Article article, CancellationToken cancellationToken) =>
            article with { Text = Encoding.UTF8.GetString(article.Raw.Span), Title = article.Hints.Title, Raw = default };
    }

    private sealed class ArticlesOnly : ICorpusAggregator
    {
        public CorpusResult Aggregate(IReadOnlyList<Article> articles) => new([.. articles], [], [], []);
    }

    private static string Rss(Uri b) => $"""
        <?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
        <item><title>Erste Meldung</title><link>{b}a</link><pubDate>Mon, 04 Mar 2024 10:15:00 GMT</pubDate></item>
        <item><title>Second</title><link>{b}b</link></item>
        <item><title>Hidden</title><link>{b}private/c</link></item>
        <item><title>Image</title><link>{b}img</link></item>
        </channel></rss>
        """;

    private static string? Serve(HttpListenerRequestLike request, System.Net.HttpListenerResponse response, Uri b)
    {
        switch (request.Path)
        {
            case "/robots.txt":
                return "User-agent: *\nDisallow: /private\n";
            case "/feed.xml" when request.IfNoneMatch == "\"v1\"":
                response.StatusCode = 304;
                return null;
            case "/feed.xml":
                response.AddHeader("ETag", "\"v1\"");
                response.ContentType = "application/rss+xml";
                return Rss(b);
            case "/img":
                response.ContentType = "image/png";
                return "PNG";
            default:
                response.ContentType = "text/html; charset=utf-8";
                return $"<html><body><p>Seite {request.Path}</p></body></html>";
        }
    }

    private readonly record struct HttpListenerRequestLike(string Path, string? IfNoneMatch);

    [Fact]
    public void Poll_TwoPasses_StoresNewPagesOnceAndUsesConditionalGet()
    {
        using var dir = new TempDirectory();
        LocalHttpServer? server = null;
        server = new LocalHttpServer((request, response) =>
            Serve(new HttpListenerRequestLike(request.Url!.AbsolutePath, request.Headers["If-None-Match"]), response, server!.BaseUrl));
        using (server)
        using (var store = SqliteArticleStore.Open(dir.Path))
        using (var fetcher = new PoliteFetcher(new FetchOptions { AllowPrivate = true, HostDelay = TimeSpan.FromMilliseconds(10) }))
        {
            var feed = new Uri(server.BaseUrl, "/feed.xml");
            var job = new AnalysisJob(new PipelineBuilder { MaxParallelism = 2 }.Use(new DecodeStage()).Build(), new ArticlesOnly(), store);
            var problems = new List<string>();
            job.Problem += problems.Add;
            var watcher = new FeedWatcher(fetcher);

            void Pass()
            {
                var known = store.GetFetchState(feed.AbsoluteUri) is { } state
                    ? new Dictionary<string, FetchState>(StringComparer.Ordinal) { [state.Url] = state }
                    : [];
                using var pass = watcher.Poll([feed], known, store.ArticleIds().ContainsKey, CancellationToken.None);
                job.Run(pass.Items);
                store.SaveFetchStates(pass.States);
            }

            Pass();
            var articles = store.ReadArticles().OrderBy(a => a.Source.Url, StringComparer.Ordinal).ToList();
            Assert.Equal([new Uri(server.BaseUrl, "/a").AbsoluteUri, new Uri(server.BaseUrl, "/b").AbsoluteUri], articles.Select(a => a.Source.Url));
            Assert.Equal("Erste Meldung", articles[0].Title);
            Assert.Equal(FeedWatcher.PageId(new Uri(server.BaseUrl, "/a")), articles[0].Id);
            Assert.Equal(2, problems.Count); // robots.txt and the image
            Assert.Equal("\"v1\"", store.GetFetchState(feed.AbsoluteUri)!.ETag);

            Pass();
            Assert.Equal(2, store.Counts().Articles);
            Assert.Equal(1, server.Count("/a"));
            Assert.Equal(0, server.Count("/private/c"));
            Assert.Equal("\"v1\"", server.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
            // The unchanged feed's outcome is recorded too (its health), validators kept.
            var state = Assert.Single(store.FetchStates());
            Assert.Equal((feed.AbsoluteUri, 304, "\"v1\""), (state.Url, state.Status, state.ETag));
        }
    }
}
