using System.Globalization;
using System.Net;
using System.Text;
using Caravan.Testing;
using Caravan.Tests.Cli;

namespace Caravan.Tests.Jobs;

/// <summary>The corpus of the kill loops: generated articles as HTML pages, and what a last run must leave.</summary>
internal static class KillLoopCorpus
{
    public const int Articles = 160;

    /// <summary>Articles each run of a loop adds to its input (a few batches' worth over the loop).</summary>
    public const int NewPerRun = 8;

    /// <summary>A last, uninterrupted run stores every article and leaves the index matching the store.</summary>
    public static void Complete(KillLoop loop, string db, string[] args)
    {
        var (exitCode, _, stderr) = CliRunner.Run(args);
        Assert.True(exitCode == 0, stderr);
        loop.Check();
        Assert.Equal(Articles, KillLoop.StoredIds(db).Count);
        KillLoop.AssertIndexMatchesStore(db);
    }

    public static IEnumerable<(string Name, string Html)> Pages(int seed) =>
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

    /// <summary>The feed lists the first <paramref name="visible"/> pages; every page is served.</summary>
    public static string? Serve(HttpListenerRequest request, HttpListenerResponse response, Uri baseUrl, IReadOnlyList<(string Name, string Html)> pages, int visible)
    {
        var path = request.Url!.AbsolutePath;
        if (path == "/feed.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = new StringBuilder();
            foreach (var (name, _) in pages.Take(visible))
            {
                items.Append(CultureInfo.InvariantCulture, $"<item><title>{name}</title><link>{new Uri(baseUrl, name)}</link></item>");
            }

            return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>{items}</channel></rss>";
        }

        if (pages.FirstOrDefault(p => "/" + p.Name == path) is { Html: { } html })
        {
            response.ContentType = "text/html; charset=utf-8";
            return html;
        }

        response.StatusCode = 404;
        return "";
    }
}
