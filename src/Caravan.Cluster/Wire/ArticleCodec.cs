namespace Caravan.Cluster.Wire;

/// <summary>Every field of <see cref="Article"/> (a processed article goes from a worker to the corpus owner).</summary>
[GenerateSerializer, Immutable]
public readonly record struct ArticleSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] SourceInfo Source,
    [property: Id(2)] string ContentHash,
    [property: Id(3)] ReadOnlyMemory<byte> Raw,
    [property: Id(4)] DocumentHints Hints,
    [property: Id(5)] string? Title,
    [property: Id(6)] string Text,
    [property: Id(7)] DateTimeOffset? Published,
    [property: Id(8)] string? Author,
    [property: Id(9)] string? Site,
    [property: Id(10)] string? CanonicalUrl,
    [property: Id(11)] string Language,
    [property: Id(12)] ImmutableDictionary<string, FieldProvenance> Provenance,
    [property: Id(13)] ImmutableArray<TextSpan> Paragraphs,
    [property: Id(14)] ImmutableArray<LanguageSpan> ParagraphLanguages,
    [property: Id(15)] ImmutableArray<TextSpan> Sentences,
    [property: Id(16)] ImmutableArray<Mention> Mentions,
    [property: Id(17)] ImmutableArray<Quotation> Quotes,
    [property: Id(18)] ImmutableArray<RelationMention> Relations,
    [property: Id(19)] Fingerprint? Fingerprint,
    [property: Id(20)] string? DuplicateOf,
    [property: Id(21)] string? StoryId,
    [property: Id(22)] int Features);

[RegisterConverter]
public sealed class ArticleConverter : IConverter<Article, ArticleSurrogate>
{
    public Article ConvertFromSurrogate(in ArticleSurrogate surrogate) => new()
    {
        Id = surrogate.Id,
        Source = surrogate.Source,
        ContentHash = surrogate.ContentHash,
        Raw = surrogate.Raw,
        Hints = surrogate.Hints,
        Title = surrogate.Title,
        Text = surrogate.Text,
        Published = surrogate.Published,
        Author = surrogate.Author,
        Site = surrogate.Site,
        CanonicalUrl = surrogate.CanonicalUrl,
        Language = surrogate.Language,
        Provenance = surrogate.Provenance,
        Paragraphs = surrogate.Paragraphs,
        ParagraphLanguages = surrogate.ParagraphLanguages,
        Sentences = surrogate.Sentences,
        Mentions = surrogate.Mentions,
        Quotes = surrogate.Quotes,
        Relations = surrogate.Relations,
        Fingerprint = surrogate.Fingerprint,
        DuplicateOf = surrogate.DuplicateOf,
        StoryId = surrogate.StoryId,
        Features = (ArticleFeatures)surrogate.Features,
    };

    public ArticleSurrogate ConvertToSurrogate(in Article value) => new(
        value.Id, value.Source, value.ContentHash, value.Raw, value.Hints, value.Title, value.Text, value.Published, value.Author,
        value.Site, value.CanonicalUrl, value.Language, value.Provenance, value.Paragraphs, value.ParagraphLanguages, value.Sentences,
        value.Mentions, value.Quotes, value.Relations, value.Fingerprint, value.DuplicateOf, value.StoryId, (int)value.Features);
}

/// <summary>Articles are immutable records: a local call passes the reference.</summary>
[RegisterCopier]
public sealed class ArticleCopier : IDeepCopier<Article>
{
    public Article? DeepCopy(Article? input, CopyContext context) => input;
}
