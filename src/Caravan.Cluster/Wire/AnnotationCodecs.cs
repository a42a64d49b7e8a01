namespace Caravan.Cluster.Wire;

[GenerateSerializer, Immutable]
public readonly record struct TextSpanSurrogate([property: Id(0)] int Start, [property: Id(1)] int End);

[RegisterConverter]
public sealed class TextSpanConverter : IConverter<TextSpan, TextSpanSurrogate>
{
    public TextSpan ConvertFromSurrogate(in TextSpanSurrogate surrogate) => new(surrogate.Start, surrogate.End);

    public TextSpanSurrogate ConvertToSurrogate(in TextSpan value) => new(value.Start, value.End);
}

[GenerateSerializer, Immutable]
public readonly record struct LanguageSpanSurrogate([property: Id(0)] TextSpan Span, [property: Id(1)] string Language, [property: Id(2)] double Confidence);

[RegisterConverter]
public sealed class LanguageSpanConverter : IConverter<LanguageSpan, LanguageSpanSurrogate>
{
    public LanguageSpan ConvertFromSurrogate(in LanguageSpanSurrogate surrogate) => new(surrogate.Span, surrogate.Language, surrogate.Confidence);

    public LanguageSpanSurrogate ConvertToSurrogate(in LanguageSpan value) => new(value.Span, value.Language, value.Confidence);
}

[GenerateSerializer, Immutable]
public readonly record struct FieldProvenanceSurrogate([property: Id(0)] string Source, [property: Id(1)] double Confidence);

[RegisterConverter]
public sealed class FieldProvenanceConverter : IConverter<FieldProvenance, FieldProvenanceSurrogate>
{
    public FieldProvenance ConvertFromSurrogate(in FieldProvenanceSurrogate surrogate) => new(surrogate.Source, surrogate.Confidence);

    public FieldProvenanceSurrogate ConvertToSurrogate(in FieldProvenance value) => new(value.Source, value.Confidence);
}

[GenerateSerializer, Immutable]
public readonly record struct MentionSurrogate(
    [property: Id(0)] TextSpan Span,
    [property: Id(1)] string Surface,
    [property: Id(2)] int Type,
    [property: Id(3)] string Key,
    [property: Id(4)] string? ActorId);

[RegisterConverter]
public sealed class MentionConverter : IConverter<Mention, MentionSurrogate>
{
    public Mention ConvertFromSurrogate(in MentionSurrogate surrogate) =>
        new(surrogate.Span, surrogate.Surface, (EntityType)surrogate.Type, surrogate.Key, surrogate.ActorId);

    public MentionSurrogate ConvertToSurrogate(in Mention value) => new(value.Span, value.Surface, (int)value.Type, value.Key, value.ActorId);
}

[GenerateSerializer, Immutable]
public readonly record struct QuotationSurrogate(
    [property: Id(0)] TextSpan Span,
    [property: Id(1)] bool Direct,
    [property: Id(2)] TextSpan? SpeakerSpan,
    [property: Id(3)] string? SpeakerSurface,
    [property: Id(4)] int? SpeakerType,
    [property: Id(5)] string? SpeakerKey,
    [property: Id(6)] string? Language);

[RegisterConverter]
public sealed class QuotationConverter : IConverter<Quotation, QuotationSurrogate>
{
    public Quotation ConvertFromSurrogate(in QuotationSurrogate surrogate) => new(
        surrogate.Span, surrogate.Direct, surrogate.SpeakerSpan, surrogate.SpeakerSurface,
        surrogate.SpeakerType is { } type ? (EntityType)type : null, surrogate.SpeakerKey, surrogate.Language);

    public QuotationSurrogate ConvertToSurrogate(in Quotation value) => new(
        value.Span, value.Direct, value.SpeakerSpan, value.SpeakerSurface, (int?)value.SpeakerType, value.SpeakerKey, value.Language);
}

[GenerateSerializer, Immutable]
public readonly record struct RelationMentionSurrogate(
    [property: Id(0)] string SourceKey,
    [property: Id(1)] string TargetKey,
    [property: Id(2)] string Code,
    [property: Id(3)] string Label,
    [property: Id(4)] TextSpan Evidence);

[RegisterConverter]
public sealed class RelationMentionConverter : IConverter<RelationMention, RelationMentionSurrogate>
{
    public RelationMention ConvertFromSurrogate(in RelationMentionSurrogate surrogate) =>
        new(surrogate.SourceKey, surrogate.TargetKey, surrogate.Code, surrogate.Label, surrogate.Evidence);

    public RelationMentionSurrogate ConvertToSurrogate(in RelationMention value) =>
        new(value.SourceKey, value.TargetKey, value.Code, value.Label, value.Evidence);
}

[GenerateSerializer, Immutable]
public readonly record struct WeightedTermSurrogate([property: Id(0)] string Term, [property: Id(1)] float Weight);

[RegisterConverter]
public sealed class WeightedTermConverter : IConverter<WeightedTerm, WeightedTermSurrogate>
{
    public WeightedTerm ConvertFromSurrogate(in WeightedTermSurrogate surrogate) => new(surrogate.Term, surrogate.Weight);

    public WeightedTermSurrogate ConvertToSurrogate(in WeightedTerm value) => new(value.Term, value.Weight);
}

[GenerateSerializer, Immutable]
public readonly record struct FingerprintSurrogate(
    [property: Id(0)] ImmutableArray<ulong> MinHash,
    [property: Id(1)] ImmutableArray<WeightedTerm> Terms,
    [property: Id(2)] ImmutableArray<ulong> Passages,
    [property: Id(3)] ImmutableArray<ImmutableArray<uint>> Sentences);

[RegisterConverter]
public sealed class FingerprintConverter : IConverter<Fingerprint, FingerprintSurrogate>
{
    public Fingerprint ConvertFromSurrogate(in FingerprintSurrogate surrogate) =>
        new(surrogate.MinHash, surrogate.Terms) { Passages = surrogate.Passages, Sentences = surrogate.Sentences };

    public FingerprintSurrogate ConvertToSurrogate(in Fingerprint value) => new(value.MinHash, value.Terms, value.Passages, value.Sentences);
}
