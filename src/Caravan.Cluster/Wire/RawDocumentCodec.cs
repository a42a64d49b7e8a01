namespace Caravan.Cluster.Wire;

// Orleans' generated codecs for the document model, through surrogates: Caravan.Core stays free of Orleans
// attributes, and nothing crosses the wire as JSON. Enums travel as numbers.

[GenerateSerializer, Immutable]
public readonly record struct RawDocumentSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] SourceInfo Source,
    [property: Id(2)] ReadOnlyMemory<byte> Bytes,
    [property: Id(3)] string ContentHash,
    [property: Id(4)] DocumentHints Hints);

[RegisterConverter]
public sealed class RawDocumentConverter : IConverter<RawDocument, RawDocumentSurrogate>
{
    public RawDocument ConvertFromSurrogate(in RawDocumentSurrogate surrogate) =>
        new(surrogate.Id, surrogate.Source, surrogate.Bytes, surrogate.ContentHash, surrogate.Hints);

    public RawDocumentSurrogate ConvertToSurrogate(in RawDocument value) =>
        new(value.Id, value.Source, value.Bytes, value.ContentHash, value.Hints);
}

[GenerateSerializer, Immutable]
public readonly record struct SourceInfoSurrogate([property: Id(0)] string? Path, [property: Id(1)] string? Url, [property: Id(2)] int Kind);

[RegisterConverter]
public sealed class SourceInfoConverter : IConverter<SourceInfo, SourceInfoSurrogate>
{
    public SourceInfo ConvertFromSurrogate(in SourceInfoSurrogate surrogate) => new(surrogate.Path, surrogate.Url, (SourceKind)surrogate.Kind);

    public SourceInfoSurrogate ConvertToSurrogate(in SourceInfo value) => new(value.Path, value.Url, (int)value.Kind);
}

[GenerateSerializer, Immutable]
public readonly record struct DocumentHintsSurrogate(
    [property: Id(0)] string? Title,
    [property: Id(1)] DateTimeOffset? Published,
    [property: Id(2)] string? Language,
    [property: Id(3)] string? Charset);

[RegisterConverter]
public sealed class DocumentHintsConverter : IConverter<DocumentHints, DocumentHintsSurrogate>
{
    public DocumentHints ConvertFromSurrogate(in DocumentHintsSurrogate surrogate) =>
        surrogate is { Title: null, Published: null, Language: null, Charset: null } ? DocumentHints.None
            : new(surrogate.Title, surrogate.Published, surrogate.Language, surrogate.Charset);

    public DocumentHintsSurrogate ConvertToSurrogate(in DocumentHints value) => new(value.Title, value.Published, value.Language, value.Charset);
}

/// <summary>Raw documents are immutable records: a local call passes the reference.</summary>
[RegisterCopier]
public sealed class RawDocumentCopier : IDeepCopier<RawDocument>
{
    public RawDocument? DeepCopy(RawDocument? input, CopyContext context) => input;
}
