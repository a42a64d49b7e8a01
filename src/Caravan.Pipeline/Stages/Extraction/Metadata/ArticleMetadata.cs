namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>Metadata of one page with the provenance of each field ("title", "published", "author", "site", "url").</summary>
public sealed record ArticleMetadata(
    string? Title,
    DateTimeOffset? Published,
    string? Author,
    string? Site,
    string? CanonicalUrl,
    string? DeclaredLanguage,
    ImmutableDictionary<string, FieldProvenance> Provenance);
