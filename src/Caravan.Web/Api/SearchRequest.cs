using Caravan.Core.Search;
using Caravan.Pipeline.Ingestion;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>The search parameters shared by /search and /api/search (q, lang, since, actor, site, story).</summary>
internal static class SearchRequest
{
    /// <summary>Deepest hit a page may reach: the index ranks the top page × size hits (and reads only the page's).</summary>
    public const int MaxDepth = 1000;

    public static (SearchQuery Query, IResult? Problem) From(HttpRequest request, Paging paging)
    {
        var q = request.Query;
        var text = (string?)q["q"] ?? "";
        if (text.Length > 500)
        {
            return (new SearchQuery(), Problems.BadRequest("q is longer than 500 characters"));
        }

        DateTimeOffset? since = null;
        if ((string?)q["since"] is { Length: > 0 } sinceText && (since = JsonLinesReader.ParseDate(sinceText)) is null)
        {
            return (new SearchQuery(), Problems.BadRequest("since must be a date like 2024-05-01"));
        }

        var depth = (long)paging.Page * paging.Size;
        if (depth > MaxDepth)
        {
            return (new SearchQuery(), Problems.BadRequest($"page × size must stay within {MaxDepth} hits"));
        }

        return (new SearchQuery
        {
            Text = text,
            Language = Optional(q["lang"]),
            Since = since,
            Actor = Optional(q["actor"]),
            Site = Optional(q["site"]),
            StoryId = Optional(q["story"]),
            Offset = paging.Skip,
            Limit = paging.Size,
        }, null);
    }

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) =>
        (string?)value is { Length: > 0 and <= 200 } s ? s : null;
}
