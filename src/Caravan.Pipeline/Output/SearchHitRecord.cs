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

/// <summary>An actor a search query named (in any spelling), as the search verb and API write it.</summary>
public sealed record SearchActorRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("matched")] string Matched);

/// <summary>One facet value and how many matching articles carry it.</summary>
public sealed record FacetRecord(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("count")] int Count);

/// <summary>The facets of a search (languages, sites, actors, days), as the search verb and API write them.</summary>
public sealed record SearchFacetsRecord(
    [property: JsonPropertyName("languages")] ImmutableArray<FacetRecord> Languages,
    [property: JsonPropertyName("sites")] ImmutableArray<FacetRecord> Sites,
    [property: JsonPropertyName("actors")] ImmutableArray<FacetRecord> Actors,
    [property: JsonPropertyName("days")] ImmutableArray<FacetRecord> Days)
{
    public static ImmutableArray<SearchActorRecord> ActorsOf(SearchResults results) =>
        [.. results.Actors.Select(a => new SearchActorRecord(a.Id, a.Name, a.MatchedText))];

    public static SearchFacetsRecord From(SearchFacets facets) =>
        new(Of(facets.Languages), Of(facets.Sites), Of(facets.Actors), Of(facets.Days));

    private static ImmutableArray<FacetRecord> Of(ImmutableArray<FacetCount> counts) =>
        [.. counts.Select(c => new FacetRecord(c.Value, c.Label, c.Count))];
}
