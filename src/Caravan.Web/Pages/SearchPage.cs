using System.Globalization;
using System.Text;
using Caravan.Core.Search;
using Caravan.Web.Api;
using Microsoft.AspNetCore.Http;
using static Caravan.Web.Pages.Html;

namespace Caravan.Web.Pages;

/// <summary>`/search?q=&amp;lang=`: the search form, hits with highlighted snippets, facets as filter links.</summary>
internal static class SearchPage
{
    public static IResult Show(HttpRequest request, CorpusSource source, WebOptions options, CancellationToken ct)
    {
        var (paging, problem) = Paging.From(request, options.MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        var (query, bad) = SearchRequest.From(request, paging);
        if (bad is not null)
        {
            return bad;
        }

        var sb = new StringBuilder();
        sb.Append("<form method=\"get\" action=\"/search\" role=\"search\" class=\"search\"><p><label for=\"q\">Words, or an actor's name in any spelling</label>")
            .Append("<input id=\"q\" type=\"search\" name=\"q\" value=\"").Append(E(query.Text)).Append("\"></p>")
            .Append("<p><label for=\"lang\">Language (ISO code, optional)</label><input id=\"lang\" type=\"text\" name=\"lang\" size=\"3\" value=\"")
            .Append(E(query.Language)).Append("\"></p><p><button type=\"submit\">Search</button></p></form>\n");
        if (query.Text.Length == 0 && query.Language is null && query.Actor is null && query.Site is null && query.StoryId is null)
        {
            return Page("Search", sb.ToString());
        }

        var results = source.Search(query, ct);
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{results.Total} articles match</p>\n");
        foreach (var actor in results.Actors)
        {
            sb.Append("<p class=\"meta\">“").Append(E(actor.MatchedText)).Append("” = ").Append(Link("/actors/" + U(actor.Id), actor.Name))
                .Append(": its articles in every language and spelling</p>\n");
        }

        AppendFacets(sb, request, results.Facets);
        foreach (var hit in results.Hits)
        {
            sb.Append("<article class=\"card\"><h2>")
                .Append(hit.StoryId is { } story ? Link("/stories/" + U(story), hit.Title ?? hit.Id) : E(hit.Title ?? hit.Id))
                .Append("</h2><p class=\"meta\">").Append(Lang(hit.Language)).Append(E(hit.Site)).Append(' ')
                .Append(E(hit.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .Append("</p><p>").Append(Snippet(hit)).Append("</p></article>\n");
        }

        sb.Append(Pager(request, paging.Page, paging.Size, results.Total));
        return Page("Search", sb.ToString());
    }

    /// <summary>The snippet encoded piece by piece; only the highlight marks are markup.</summary>
    public static string Snippet(SearchHit hit)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var span in hit.Highlights.Where(s => s.Start >= 0 && s.End <= hit.Snippet.Length).OrderBy(s => s.Start))
        {
            if (span.Start < at)
            {
                continue;
            }

            sb.Append(E(hit.Snippet[at..span.Start])).Append("<mark>").Append(E(hit.Snippet[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }

        return sb.Append(E(hit.Snippet[at..])).ToString();
    }

    private static void AppendFacets(StringBuilder sb, HttpRequest request, SearchFacets facets)
    {
        sb.Append("<div class=\"facets\">");
        Facet(sb, request, "Languages", "lang", facets.Languages);
        Facet(sb, request, "Sites", "site", facets.Sites);
        Facet(sb, request, "Actors", "actor", facets.Actors);
        Facet(sb, request, "Days", null, facets.Days);
        sb.Append("</div>\n");
    }

    private static void Facet(StringBuilder sb, HttpRequest request, string title, string? parameter, ImmutableArray<FacetCount> counts)
    {
        if (counts.IsDefaultOrEmpty)
        {
            return;
        }

        sb.Append("<div><strong>").Append(E(title)).Append("</strong><ul>");
        foreach (var c in counts)
        {
            if (parameter is null)
            {
                // A day has no filter of its own (since means "on or after"): shown, not linked.
                sb.Append("<li>").Append(E(c.Label)).Append(CultureInfo.InvariantCulture, $" ({c.Count})</li>");
                continue;
            }

            var query = request.Query.Where(p => p.Key != parameter && p.Key != "page")
                .Select(p => $"{U(p.Key)}={U(p.Value.ToString())}")
                .Append($"{parameter}={U(c.Value)}");
            sb.Append("<li>").Append(Link("/search?" + string.Join('&', query), c.Label))
                .Append(CultureInfo.InvariantCulture, $" ({c.Count})</li>");
        }

        sb.Append("</ul></div>");
    }
}
