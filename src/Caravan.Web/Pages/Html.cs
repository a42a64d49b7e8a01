using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>
/// Server-side HTML building: every piece of corpus text goes through <see cref="E"/> (HtmlEncoder,
/// all scripts left readable), so article content can never become markup.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-encodes text for element content and quoted attribute values.</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>A path segment for a link (ids may hold any character).</summary>
    public static string U(string segment) => Uri.EscapeDataString(segment);

    public static string Lang(string language) => $"<span class=\"lang\">{E(language)}</span>";

    public static string Link(string href, string text) => $"<a href=\"{E(href)}\">{E(text)}</a>";

    /// <summary>
    /// The page: shared header and navigation, the stylesheet from /style.css (CSP allows only 'self').
    /// <paramref name="head"/> is trusted markup for the head (a refresh while a job runs).
    /// </summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK, string head = "")
    {
        var page = new StringBuilder(body.Length + 1024)
            .Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Append(head)
            .Append("<title>").Append(E(title)).Append(" · Caravan</title>")
            .Append("<link rel=\"stylesheet\" href=\"/style.css\"></head><body>")
            .Append("<a class=\"skip\" href=\"#content\">Skip to content</a>")
            .Append("<header><p class=\"brand\">Caravan</p><nav aria-label=\"Main\"><a href=\"/\">Stories</a><a href=\"/actors\">Actors</a>")
            .Append("<a href=\"/network\">Network</a><a href=\"/search\">Search</a><a href=\"/sources\">Sources</a><a href=\"/ingest\">Ingest</a>")
            .Append("<a href=\"/openapi.json\">API</a></nav></header>")
            .Append("<main id=\"content\"><h1>").Append(E(title)).Append("</h1>\n")
            .Append(body)
            .Append("</main><footer>Caravan: offline multilingual news intelligence</footer></body></html>\n")
            .ToString();
        return Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult NotFound(string what) => Page("Not found", $"<p>{E(what)}</p>", StatusCodes.Status404NotFound);

    /// <summary>Previous/next links for a paged list, keeping the other query parameters.</summary>
    public static string Pager(HttpRequest request, int page, int size, int total)
    {
        var sb = new StringBuilder("<p class=\"pager\">");
        if (page > 1)
        {
            sb.Append(Link(WithPage(request, page - 1), "← previous"));
        }

        if ((long)page * size < total)
        {
            sb.Append(Link(WithPage(request, page + 1), "next →"));
        }

        return sb.Append("</p>").ToString();
    }

    private static string WithPage(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key != "page")
            .Select(p => $"{U(p.Key)}={U(p.Value.ToString())}")
            .Append($"page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return request.Path + "?" + string.Join('&', query);
    }
}
