using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using static Caravan.Web.Pages.Html;

namespace Caravan.Web.Pages;

/// <summary>`/sources`: the feeds the store polls with their health, and the sites its articles come from.</summary>
internal static class SourcesPage
{
    public static IResult Show(CorpusSource source, DateTimeOffset now)
    {
        var feeds = source.FeedStates().Select(s => FeedHealth.Of(s, now)).ToList();
        var sb = new StringBuilder();
        sb.Append("<h2>Feeds</h2>\n");
        if (feeds.Count == 0)
        {
            sb.Append("<p>No feeds yet. Add one on the ").Append(Link("/ingest", "ingest page")).Append(" or run <code>caravan watch</code>.</p>\n");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{feeds.Count(f => f.Status == "ok")} of {feeds.Count} feeds healthy</p>\n")
                .Append("<table><caption>Feeds and their last poll</caption><thead><tr><th scope=\"col\">Feed</th><th scope=\"col\">Health</th>")
                .Append("<th scope=\"col\">Last polled (UTC)</th><th scope=\"col\">HTTP status</th></tr></thead><tbody>\n");
            foreach (var f in feeds)
            {
                sb.Append("<tr><td>").Append(E(f.Url)).Append("</td><td><span class=\"").Append(f.Status).Append("\">").Append(f.Status).Append("</span> ")
                    .Append(E(f.Detail)).Append("</td><td>").Append(f.LastPolled.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                    .Append(CultureInfo.InvariantCulture, $"</td><td>{(f.HttpStatus == 0 ? "–" : f.HttpStatus.ToString(CultureInfo.InvariantCulture))}</td></tr>\n");
            }

            sb.Append("</tbody></table>\n")
                .Append("<form method=\"post\" action=\"/ingest/feeds\"><p><label for=\"poll-key\">API key</label>")
                .Append("<input id=\"poll-key\" type=\"password\" name=\"key\" autocomplete=\"off\" required></p>")
                .Append("<p><button type=\"submit\">Poll every feed now</button></p></form>\n");
        }

        var snapshot = source.Current;
        sb.Append("<h2>Sites</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{snapshot.Sites.Length} sites, {snapshot.Corpus.Articles.Length} articles</p>\n")
            .Append("<table><caption>Sites of the stored articles</caption><thead><tr><th scope=\"col\">Site</th><th scope=\"col\">Articles</th>")
            .Append("<th scope=\"col\">Languages</th><th scope=\"col\">Latest article</th></tr></thead><tbody>\n");
        foreach (var site in snapshot.Sites)
        {
            sb.Append("<tr><td>").Append(!site.Named ? E(site.Site) : Link("/search?site=" + U(site.Site), site.Site))
                .Append(CultureInfo.InvariantCulture, $"</td><td>{site.Articles}</td><td>").Append(string.Concat(site.Languages.Select(Lang)))
                .Append("</td><td>").Append(E(site.Latest?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        return Page("Sources", sb.ToString());
    }
}
