using System.Globalization;
using System.Text.Json.Serialization;
using Caravan.Core.Search;

namespace Caravan.Pipeline.Output;

/// <summary>One search hit as `caravan search --json` and `GET /api/search` write it.</summary>
public sealed record SearchHitRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("site")] string? Site,
    [property: JsonPropertyName("story")] string? Story,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("highlights")] ImmutableArray<int[]> Highlights)
{
    public static SearchHitRecord From(SearchHit hit) => new(
        hit.Id, hit.Title, hit.Language, hit.Published?.ToString("O", CultureInfo.InvariantCulture), hit.Site, hit.StoryId,
        Math.Round(hit.Score, 4), hit.Snippet, [.. hit.Highlights.Select(h => new[] { h.Start, h.End })]);
}
