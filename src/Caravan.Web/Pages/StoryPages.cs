using System.Globalization;
using System.Text;
using Caravan.Web.Api;
using Microsoft.AspNetCore.Http;
using static Caravan.Web.Pages.Html;

namespace Caravan.Web.Pages;

/// <summary>`/` (stories, latest first) and `/stories/{id}`.</summary>
internal static class StoryPages
{
    /// <summary>
    /// Most quotes shown on a page: a story of a thousand articles holds thousands (a page of a megabyte);
    /// the JSON API lists them all.
    /// </summary>
    public const int MaxQuotes = 100;

    public static IResult Index(HttpRequest request, CorpusSnapshot snapshot, WebOptions options)
    {
        var (paging, problem) = Paging.From(request, options.MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{snapshot.Stories.Length} stories from {snapshot.Corpus.Articles.Length} articles</p>\n");
        foreach (var story in snapshot.Stories.Skip(paging.Skip).Take(paging.Size))
        {
            var sites = story.Documents.Select(d => snapshot.Articles.GetValueOrDefault(d)?.Site).OfType<string>().Distinct(StringComparer.Ordinal);
            sb.Append("<article class=\"card\"><h2>").Append(Link("/stories/" + U(story.Id), story.Title)).Append("</h2>")
                .Append("<p class=\"meta\">").Append(string.Concat(story.Languages.Select(Lang)))
                .Append(CultureInfo.InvariantCulture, $" {story.Documents.Length} articles · {story.IndependentSources} independent sources")
                .Append(story.LastSeen is null ? "" : " · " + E(story.LastSeen))
                .Append(" · sources: ").Append(E(string.Join(", ", sites))).Append("</p>")
                .Append("<p>").Append(string.Concat(story.Topics.Select(t => $"<span class=\"topic\">{E(t)}</span>"))).Append("</p>")
                .Append("<p>").Append(E(story.Summary)).Append("</p></article>\n");
        }

        sb.Append(Pager(request, paging.Page, paging.Size, snapshot.Stories.Length));
        return Page("Stories", sb.ToString());
    }

    public static IResult Show(string id, CorpusSnapshot snapshot)
    {
        if (snapshot.Story(id) is not { } story)
        {
            return NotFound($"No story '{id}'.");
        }

        var sb = new StringBuilder();
        sb.Append("<p class=\"meta\">").Append(string.Concat(story.Languages.Select(Lang)))
            .Append(CultureInfo.InvariantCulture, $" {story.Documents.Length} articles · {story.IndependentSources} independent sources · ")
            .Append(E($"{story.FirstSeen} – {story.LastSeen}")).Append("</p>")
            .Append("<p>").Append(E(story.Summary)).Append("</p>\n");
        foreach (var summary in story.Summaries.Where(s => s.Language != story.Language))
        {
            sb.Append("<p>").Append(Lang(summary.Language)).Append("<strong>").Append(E(summary.Title)).Append("</strong> ").Append(E(summary.Summary)).Append("</p>\n");
        }

        var articles = story.Documents.Select(d => snapshot.Articles.GetValueOrDefault(d)).OfType<Article>().ToList();
        sb.Append("<h2>Articles</h2>\n");
        foreach (var group in articles.GroupBy(a => a.Language).OrderByDescending(g => g.Count()))
        {
            sb.Append("<h3>").Append(Lang(group.Key)).Append("</h3><ul>");
            foreach (var a in group)
            {
                sb.Append("<li>").Append(a.Source.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? Link(url, a.Title ?? a.Id) : E(a.Title ?? a.Id))
                    .Append(" <span class=\"meta\">").Append(E(a.Site)).Append(' ').Append(E(a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Append(" · ").Append(E(a.Id)).Append("</span>");
                if (a.DuplicateOf is { } original)
                {
                    // Syndication lineage: a wire copy points at the article it repeats.
                    sb.Append(" <span class=\"meta\">copy of ").Append(E(snapshot.Articles.GetValueOrDefault(original)?.Title ?? original)).Append("</span>");
                }

                sb.Append("</li>");
            }

            sb.Append("</ul>\n");
        }

        AppendQuotes(sb, snapshot.QuotesOf(story.Documents), "/api/stories/" + U(story.Id));
        AppendRelations(sb, snapshot, snapshot.RelationsOf(story.Documents));
        var actors = snapshot.ActorsOf(story.Documents).OrderByDescending(a => a.Mentions).ToList();
        if (actors.Count > 0)
        {
            sb.Append("<h2>Actors</h2><p>").Append(string.Join(" · ", actors.Select(a => Link("/actors/" + U(a.Id), a.Name)))).Append("</p>\n");
        }

        return Page(story.Title, sb.ToString());
    }

    /// <summary>The first <see cref="MaxQuotes"/> quotes, and a link to <paramref name="all"/> (JSON) when there are more.</summary>
    public static void AppendQuotes(StringBuilder sb, IEnumerable<Caravan.Pipeline.Stages.Quotes.QuoteRecord> quotes, string all)
    {
        var list = quotes.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Quotes</h2>\n");
        if (list.Count > MaxQuotes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">The first {MaxQuotes} of {list.Count} quotes; all of them: ").Append(Link(all, all)).Append("</p>\n");
        }

        foreach (var q in list.Take(MaxQuotes))
        {
            sb.Append("<figure class=\"quote\"><blockquote>").Append(E(q.Quote)).Append("</blockquote><figcaption>")
                .Append(E(q.Speaker ?? "unattributed")).Append(q.Direct ? "" : " (reported)").Append(" · ").Append(E(q.Doc)).Append("</figcaption></figure>\n");
        }
    }

    public static void AppendRelations(StringBuilder sb, CorpusSnapshot snapshot, IEnumerable<Relation> relations)
    {
        var list = relations.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.Append("<h2>Relations</h2><table><tr><th>Source</th><th>Relation</th><th>Target</th><th>Sources</th></tr>\n");
        foreach (var r in list)
        {
            sb.Append("<tr><td>").Append(Link("/actors/" + U(r.SourceActorId), snapshot.ActorName(r.SourceActorId)))
                .Append("</td><td>").Append(E($"{r.Label} ({r.Code})"))
                .Append("</td><td>").Append(Link("/actors/" + U(r.TargetActorId), snapshot.ActorName(r.TargetActorId)))
                .Append(CultureInfo.InvariantCulture, $"</td><td>{r.IndependentSources}</td></tr>\n");
        }

        sb.Append("</table>\n");
    }
}
