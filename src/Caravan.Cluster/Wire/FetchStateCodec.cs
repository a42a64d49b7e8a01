using Caravan.Core.Storage;

namespace Caravan.Cluster.Wire;

[GenerateSerializer, Immutable]
public readonly record struct FetchStateSurrogate(
    [property: Id(0)] string Url,
    [property: Id(1)] string? ETag,
    [property: Id(2)] string? LastModified,
    [property: Id(3)] DateTimeOffset Fetched,
    [property: Id(4)] int Status);

[RegisterConverter]
public sealed class FetchStateConverter : IConverter<FetchState, FetchStateSurrogate>
{
    public FetchState ConvertFromSurrogate(in FetchStateSurrogate surrogate) =>
        new(surrogate.Url, surrogate.ETag, surrogate.LastModified, surrogate.Fetched, surrogate.Status);

    public FetchStateSurrogate ConvertToSurrogate(in FetchState value) => new(value.Url, value.ETag, value.LastModified, value.Fetched, value.Status);
}

/// <summary>Fetch states are immutable records: a local call passes the reference.</summary>
[RegisterCopier]
public sealed class FetchStateCopier : IDeepCopier<FetchState>
{
    public FetchState? DeepCopy(FetchState? input, CopyContext context) => input;
}
