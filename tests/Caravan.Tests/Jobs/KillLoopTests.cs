using System.Globalization;
using System.Net;
using System.Text;
using Caravan.Testing;
using Caravan.Tests.Cli;
using Caravan.Tests.Ingestion;
using Caravan.Tests.Ingestion.Feeds;

namespace Caravan.Tests.Jobs;

/// <summary>
/// Issue #9 acceptance: `ingest` and `watch` SIGKILLed at random points, over and over (22 kills in
/// all), lose no acknowledged article and never corrupt the store or the index; a last run completes
/// the set and leaves an index equal to what `reindex` builds.
/// </summary>
public sealed class KillLoopTests
{
    private const int Articles = 240;

    [Fact]
    public void Ingest_KilledAtRandomPointsTwelveTimes_NothingAcknowledgedLostAndLastRunCompletes()
    {
        using var dir = new TempDirectory();
        var pages = Pages(seed: 11).Select(p => new WarcFiles.Page($"https://news.example/{p.Name}", "response", 200, "text/html; charset=utf-8", p.Html));
        var warc = dir.File("news.warc.gz", WarcFiles.File(pages, gzip: true));
        var db = Path.Combine(dir.Path, "db");
        string[] args = ["ingest", warc, "--db", db];
        var loop = new KillLoop(db, () => CliRunner.Start(args), seed: 9);

        loop.Run(kills: 12, attempts: 30);

        Assert.True(loop.Kills >= 12, $"only {loop.Kills} kills landed on a running process");
        Complete(loop, db, args);
    }

    [Fact]
    public void Watch_KilledAtRandomPointsTenTimes_NothingAcknowledgedLostAndLastRunCompletes()
    {
        using var dir = new TempDirectory();
        var pages = Pages(seed: 12).ToDictionary(p => "/" + p.Name, p => p.Html, StringComparer.Ordinal);
        LocalHttpServer? server = null;
        server = new LocalHttpServer((request, response) => Serve(request, response, server!.BaseUrl, pages));
        using (server)
        {
            var db = Path.Combine(dir.Path, "db");
            string[] args = ["watch", new Uri(server.BaseUrl, "/feed.xml").AbsoluteUri, "--db", db, "--once", "--allow-private", "--host-delay", "0"];
            var loop = new KillLoop(db, () => CliRunner.Start(args), seed: 10);

            loop.Run(kills: 10, attempts: 25);

            Assert.True(loop.Kills >= 10, $"only {loop.Kills} kills landed on a running process");
            Complete(loop, db, args);
        }
    }

    /// <summary>A last, uninterrupted run stores every article and leaves the index matching the store.</summary>
    private static void Complete(KillLoop loop, string db, string[] args)
    {
        var (exitCode, _, stderr) = CliRunner.Run(args);
        Assert.True(exitCode == 0, stderr);
        loop.Check();
        Assert.Equal(Articles, KillLoop.StoredIds(db).Count);
        KillLoop.AssertIndexMatchesStore(db);
    }

    private static IEnumerable<(string Name, string Html)> Pages(int seed) =>
        GeneratedCorpus.Articles(Articles, seed).Select(a =>
        {
            // The first paragraph of a generated article is its headline.
            var split = a.Text.IndexOf("\n\n", StringComparison.Ordinal);
            var (title, body) = (a.Text[..split], a.Text[(split + 2)..]);
            var paragraphs = string.Concat(body.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
            var html = $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
                + $"<body><article><h1>{WebUtility.HtmlEncode(title)}</h1>{paragraphs}</article></body></html>";
            return (Path.GetFileNameWithoutExtension(a.Name), html);
        });

    private static string? Serve(HttpListenerRequest request, HttpListenerResponse response, Uri baseUrl, Dictionary<string, string> pages)
    {
        var path = request.Url!.AbsolutePath;
        if (path == "/feed.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = new StringBuilder();
            foreach (var name in pages.Keys)
            {
                items.Append(CultureInfo.InvariantCulture, $"<item><title>{name}</title><link>{new Uri(baseUrl, name)}</link></item>");
            }

            return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>{items}</channel></rss>";
        }

        if (pages.TryGetValue(path, out var html))
        {
            response.ContentType = "text/html; charset=utf-8";
            return html;
        }

        response.StatusCode = 404;
        return "";
    }
}
