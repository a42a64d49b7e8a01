using System.Globalization;
using System.Net;
using System.Text;
using Caravan.Pipeline.Output;

namespace Caravan.Cli.Rendering;

/// <summary>
/// The self-contained HTML report of `analyze --report`: no external assets, no script; every piece of
/// article content is HTML-encoded (it is untrusted).
/// </summary>
internal static class HtmlReport
{
    public static string Render(CorpusResult corpus, AnalysisDocument document, string? networkSvg = null)
    {
        var html = new StringBuilder();
        var articles = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Append("<title>Caravan report</title><style>").Append(ReportStyle.Css).Append("</style></head><body>");
        html.Append("<header><h1>Caravan report</h1><p>")
            .Append(Count(document.Documents.Length, "article")).Append(" · ")
            .Append(Count(document.Stories.Length, "story", "stories")).Append(" · ")
            .Append(Count(document.Entities.Length, "actor")).Append(" · ")
            .Append(Count(document.Quotes.Length, "quote")).Append(" · ")
            .Append(Count(document.Relations.Length, "relation")).Append(" · languages: ")
            .Append(E(string.Join(", ", document.Documents.Select(d => d.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
            .Append("</p><nav><a href=\"#stories\">Stories</a><a href=\"#actors\">Actors</a><a href=\"#quotes\">Quotes</a><a href=\"#relations\">Relations</a>");
        if (networkSvg is not null)
        {
            html.Append("<a href=\"#network\">Network</a>");
        }

        html.Append("</nav></header><main>");
        html.Append("<section id=\"stories\"><h2>Stories</h2>");
        foreach (var story in document.Stories.OrderByDescending(s => s.Documents.Length).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            html.Append("<article class=\"story\"><h3>").Append(E(story.Title)).Append("</h3><p class=\"meta\">")
                .Append(string.Join(" ", story.Languages.Select(l => $"<span class=\"lang\">{E(l)}</span>")))
                .Append(' ').Append(Count(story.Documents.Length, "article")).Append(", ")
                .Append(Count(story.IndependentSources, "independent source"));
            if (story.FirstSeen is not null)
            {
                html.Append(", ").Append(E(story.FirstSeen)).Append(story.LastSeen != story.FirstSeen ? " – " + E(story.LastSeen ?? "") : "");
            }

            html.Append("</p><p class=\"summary\">").Append(E(story.Summary)).Append("</p><ul class=\"docs\">");
            foreach (var id in story.Documents)
            {
                var article = articles.GetValueOrDefault(id);
                html.Append("<li><span class=\"lang\">").Append(E(article?.Language ?? "und")).Append("</span> <strong>")
                    .Append(E(article?.Title ?? id)).Append("</strong> <code>").Append(E(id)).Append("</code>");
                if (article?.DuplicateOf is { } original)
                {
                    html.Append(" <em>copy of ").Append(E(original)).Append("</em>");
                }

                html.Append("</li>");
            }

            html.Append("</ul></article>");
        }

        html.Append("</section><section id=\"actors\"><h2>Actors</h2><table><thead><tr><th>Actor</th><th>Type</th><th>Mentions</th><th>Articles</th><th>Spellings</th></tr></thead><tbody>");
        foreach (var actor in document.Entities)
        {
            html.Append("<tr><td>").Append(E(actor.Name)).Append("</td><td>").Append(E(actor.Type)).Append("</td><td>")
                .Append(N(actor.Mentions)).Append("</td><td>").Append(N(actor.Documents.Length)).Append("</td><td>")
                .Append(E(string.Join(" · ", actor.Variants))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section><section id=\"quotes\"><h2>Quotes</h2>");
        foreach (var quote in document.Quotes)
        {
            html.Append("<figure class=\"quote\"><blockquote>").Append(E(quote.Quote)).Append("</blockquote><figcaption>")
                .Append(quote.Speaker is null ? "<em>unnamed source</em>" : E(quote.Speaker))
                .Append(quote.Direct ? "" : " (reported)").Append(" — <code>").Append(E(quote.Doc)).Append("</code></figcaption></figure>");
        }

        html.Append("</section><section id=\"relations\"><h2>Relations</h2><table><thead><tr><th>Source</th><th>Relation</th><th>Target</th><th>Sources</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var relation in document.Relations)
        {
            html.Append("<tr><td>").Append(E(relation.Source)).Append("</td><td>").Append(E(relation.Label)).Append(" <small>CAMEO ")
                .Append(E(relation.Type)).Append("</small></td><td>").Append(E(relation.Target)).Append("</td><td>")
                .Append(N(relation.IndependentSources)).Append("</td><td>").Append(E(relation.Evidence.FirstOrDefault() ?? ""))
                .Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
        if (networkSvg is not null)
        {
            // The SVG is produced by our own renderer from encoded names, never from article markup.
            html.Append("<section id=\"network\"><h2>Actor network</h2>").Append(networkSvg).Append("</section>");
        }

        html.Append("</main><footer>Generated by Caravan.</footer></body></html>");
        return html.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");
}
