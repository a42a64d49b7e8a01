using System.Text.Json.Serialization;

namespace Caravan.Storage.Sqlite;

/// <summary>An article's annotations as stored (one column, see <see cref="AnnotationCodec"/>): everything but the columns of its own.</summary>
internal sealed record StoredAnnotations(
    ArticleFeatures Features,
    string? CanonicalUrl,
    ImmutableDictionary<string, FieldProvenance> Provenance,
    ImmutableArray<TextSpan> Paragraphs,
    ImmutableArray<LanguageSpan> ParagraphLanguages,
    ImmutableArray<TextSpan> Sentences,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<Quotation> Quotes,
    ImmutableArray<RelationMention> Relations,
    Fingerprint? Fingerprint);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredAnnotations))]
[JsonSerializable(typeof(DocumentHints))]
[JsonSerializable(typeof(Story))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Relation))]
internal sealed partial class StoreJson : JsonSerializerContext;
