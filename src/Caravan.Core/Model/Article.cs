namespace Caravan.Core.Model;

/// <summary>
/// An article on its way through the pipeline. Immutable: each stage returns
/// <c>article with { ... }</c>. Every span refers to <see cref="Text"/>, which no stage rewrites
/// after the extraction stage has set it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: file name without extensions, JSONL id, or a hash of URL/content.</summary>
    public required string Id { get; init; }

    public required SourceInfo Source { get; init; }

    /// <summary>Hash of the raw bytes; equal hashes are the same input.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The raw input, kept until extraction has run.</summary>
    public ReadOnlyMemory<byte> Raw { get; init; }

    public DocumentHints Hints { get; init; } = DocumentHints.None;

    public string? Title { get; init; }

    /// <summary>The article body: paragraphs separated by a blank line.</summary>
    public string Text { get; init; } = "";

    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

    public string? Site { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>ISO 639-1 where one exists, else 639-3; "und" when unknown.</summary>
    public string Language { get; init; } = LanguageCodes.Undetermined;

    /// <summary>Per-field provenance of the metadata: "title", "published", "author", "site".</summary>
    public ImmutableDictionary<string, FieldProvenance> Provenance { get; init; } =
        ImmutableDictionary<string, FieldProvenance>.Empty;

    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];

    public ImmutableArray<LanguageSpan> ParagraphLanguages { get; init; } = [];

    public ImmutableArray<TextSpan> Sentences { get; init; } = [];

    public ImmutableArray<Mention> Mentions { get; init; } = [];

    public ImmutableArray<Quotation> Quotes { get; init; } = [];

    public ImmutableArray<RelationMention> Relations { get; init; } = [];

    public Fingerprint? Fingerprint { get; init; }

    /// <summary>Set by the deduplication stage: the id of the earliest article this one copies.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Set by the story stage.</summary>
    public string? StoryId { get; init; }

    /// <summary>The features the stages have added so far (checked by the pipeline).</summary>
    public ArticleFeatures Features { get; init; }
}
