using System.Text.Json.Serialization;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Output;

/// <summary>The JSON document of `caravan analyze --json` (CONTRACTS.md). Field names are the contract.</summary>
public sealed record AnalysisDocument(
    [property: JsonPropertyName("documents")] ImmutableArray<DocumentRecord> Documents,
    [property: JsonPropertyName("stories")] ImmutableArray<StoryRecord> Stories,
    [property: JsonPropertyName("entities")] ImmutableArray<EntityRecord> Entities,
    [property: JsonPropertyName("quotes")] ImmutableArray<QuoteRecord> Quotes,
    [property: JsonPropertyName("relations")] ImmutableArray<RelationRecord> Relations);

public sealed record DocumentRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("site")] string? Site,
    [property: JsonPropertyName("story")] string? Story,
    [property: JsonPropertyName("duplicate_of")] string? DuplicateOf);

public sealed record StoryRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("languages")] ImmutableArray<string> Languages,
    [property: JsonPropertyName("documents")] ImmutableArray<string> Documents,
    [property: JsonPropertyName("first_seen")] string? FirstSeen,
    [property: JsonPropertyName("last_seen")] string? LastSeen,
    [property: JsonPropertyName("independent_sources")] int IndependentSources,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("topics")] ImmutableArray<string> Topics,
    [property: JsonPropertyName("summaries")] ImmutableArray<StorySummaryRecord> Summaries);

/// <summary>A story's title and summary from its articles in one language.</summary>
public sealed record StorySummaryRecord(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("documents")] ImmutableArray<string> Documents);

public sealed record EntityRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("variants")] ImmutableArray<string> Variants,
    [property: JsonPropertyName("documents")] ImmutableArray<string> Documents,
    [property: JsonPropertyName("mentions")] int Mentions);

public sealed record RelationRecord(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("documents")] ImmutableArray<string> Documents,
    [property: JsonPropertyName("evidence")] ImmutableArray<string> Evidence,
    [property: JsonPropertyName("independent_sources")] int IndependentSources);
