using System.Globalization;
using System.Text;
using Caravan.Web.Api;
using Microsoft.AspNetCore.Http;
using static Caravan.Web.Pages.Html;

namespace Caravan.Web.Pages;

/// <summary>`/actors`, `/actors/{id}` and `/network`.</summary>
internal static class ActorPages
{
    public static IResult Index(HttpRequest request, CorpusSnapshot snapshot, WebOptions options)
    {
        var (paging, problem) = Paging.From(request, options.MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        var actors = snapshot.Corpus.Actors.OrderByDescending(a => a.Mentions).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var sb = new StringBuilder("<table><tr><th>Actor</th><th>Type</th><th>Mentions</th><th>Spellings</th></tr>\n");
        foreach (var a in actors.Skip(paging.Skip).Take(paging.Size))
        {
            sb.Append("<tr><td>").Append(Link("/actors/" + U(a.Id), a.Name)).Append("</td><td>").Append(E(a.Type.ToTag()))
                .Append(CultureInfo.InvariantCulture, $"</td><td>{a.Mentions}</td><td>")
                .Append(E(string.Join(", ", a.Variants.Select(v => v.Surface).Distinct(StringComparer.Ordinal)))).Append("</td></tr>\n");
        }

        sb.Append("</table>").Append(Pager(request, paging.Page, paging.Size, actors.Count));
        return Page("Actors", sb.ToString());
    }

    public static IResult Show(string id, CorpusSnapshot snapshot)
    {
        if (!snapshot.Actors.TryGetValue(id, out var actor))
        {
            return NotFound($"No actor '{id}'.");
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{E(actor.Type.ToTag())} · {actor.Mentions} mentions in {actor.Documents.Length} articles</p>\n");
        sb.Append("<h2>Spellings</h2><table><tr><th>Spelling</th><th>Language</th><th>Seen</th></tr>\n");
        foreach (var v in actor.Variants.OrderByDescending(v => v.Count))
        {
            sb.Append("<tr><td>").Append(E(v.Surface)).Append("</td><td>").Append(Lang(v.Language))
                .Append(CultureInfo.InvariantCulture, $"</td><td>{v.Count}</td></tr>\n");
        }

        sb.Append("</table>\n");
        StoryPages.AppendQuotes(sb, snapshot.QuotesBySpeaker.GetValueOrDefault(id, []), "/api/actors/" + U(id));
        StoryPages.AppendRelations(sb, snapshot, snapshot.Corpus.Relations.Where(r => r.SourceActorId == id || r.TargetActorId == id));
        var stories = snapshot.StoriesOf(actor.Documents).ToList();
        if (stories.Count > 0)
        {
            sb.Append("<h2>Stories</h2><ul>").Append(string.Concat(stories.Select(s => "<li>" + Link("/stories/" + U(s.Id), s.Title) + "</li>"))).Append("</ul>\n");
        }

        return Page(actor.Name, sb.ToString());
    }

    public static IResult Network(CorpusSnapshot snapshot)
    {
        var graph = snapshot.Graph;
        var body = graph.Nodes.IsEmpty
            ? "<p>No relations between actors yet.</p>"
            : snapshot.GraphSvg
                + string.Create(CultureInfo.InvariantCulture, $"<p class=\"meta\">{graph.Nodes.Length} actors, {graph.Edges.Length} relations; green: cooperation, orange: verbal conflict, red: material conflict. <a href=\"/api/graph\">JSON</a></p>");
        return Page("Actor network", body);
    }
}
