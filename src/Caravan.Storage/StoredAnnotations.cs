using System.Text.Json.Serialization;

namespace Caravan.Storage;

/// <summary>
/// An article's annotations as stored (one JSON column): everything but the columns of its own and the fingerprint,
/// which the pipeline computes again from the text when it replays stored articles (<c>IRecomputableStage</c>;
/// issue #8). Stores written before kept a "Fingerprint" property; reading ignores it.
/// </summary>
internal sealed record StoredAnnotations(
    ArticleFeatures Features,
    string? CanonicalUrl,
    ImmutableSortedDictionary<string, FieldProvenance> Provenance,
    ImmutableArray<TextSpan> Paragraphs,
    ImmutableArray<LanguageSpan> ParagraphLanguages,
    ImmutableArray<TextSpan> Sentences,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<Quotation> Quotes,
    ImmutableArray<RelationMention> Relations);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(StoredSpanConverter)])]
[JsonSerializable(typeof(StoredAnnotations))]
[JsonSerializable(typeof(DocumentHints))]
[JsonSerializable(typeof(Story))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Relation))]
internal sealed partial class StoreJson : JsonSerializerContext;

/// <summary>The JSON of an article's annotations, shared by every backend (one format, one migration path).</summary>
internal static class ArticleAnnotations
{
    // Provenance in key order: an ImmutableDictionary enumerates in (per-process randomised) string-hash
    // order, which made two runs on the same input store different bytes.
    public static StoredAnnotations Of(Article article) =>
        new(article.Features, article.CanonicalUrl, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, article.Provenance), article.Paragraphs,
            article.ParagraphLanguages, article.Sentences, article.Mentions, article.Quotes, article.Relations);

    public static string Serialize(Article article) => System.Text.Json.JsonSerializer.Serialize(Of(article), StoreJson.Default.StoredAnnotations);

    /// <summary>The article with the annotations of <paramref name="json"/> applied.</summary>
    public static Article Apply(Article article, string json) =>
        Apply(article, System.Text.Json.JsonSerializer.Deserialize(json, StoreJson.Default.StoredAnnotations)
            ?? throw new InvalidDataException("article annotations are empty"));

    /// <summary>The article with <paramref name="annotations"/> applied.</summary>
    public static Article Apply(Article article, StoredAnnotations annotations) =>
        article with
        {
            Features = annotations.Features,
            CanonicalUrl = annotations.CanonicalUrl,
            Provenance = annotations.Provenance.ToImmutableDictionary(),
            Paragraphs = annotations.Paragraphs,
            ParagraphLanguages = annotations.ParagraphLanguages,
            Sentences = annotations.Sentences,
            Mentions = annotations.Mentions,
            Quotes = annotations.Quotes,
            Relations = annotations.Relations,
        };

    public static string SerializeHints(DocumentHints hints) => System.Text.Json.JsonSerializer.Serialize(hints, StoreJson.Default.DocumentHints);

    public static DocumentHints DeserializeHints(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, StoreJson.Default.DocumentHints) ?? DocumentHints.None;
}
