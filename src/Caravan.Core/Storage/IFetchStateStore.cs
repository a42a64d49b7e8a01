namespace Caravan.Core.Storage;

/// <summary>
/// HTTP validators of fetched URLs (feeds), kept in the store so conditional GETs survive restarts.
/// Saved only after what was fetched is stored, so a killed run refetches rather than loses.
/// </summary>
public interface IFetchStateStore
{
    FetchState? GetFetchState(string url);

    /// <summary>Every fetched URL's last state, by URL (ordinal): the feeds a store watches, with their health.</summary>
    IReadOnlyList<FetchState> FetchStates();

    void SaveFetchStates(IReadOnlyList<FetchState> states);
}

/// <summary>The validators and outcome of the last fetch of a URL.</summary>
public sealed record FetchState(string Url, string? ETag, string? LastModified, DateTimeOffset Fetched, int Status);
