namespace Caravan.Core.Storage;

/// <summary>
/// API keys of the web API. Only each key's SHA-256 hash is stored, so a copy of the store does not
/// hand out write access.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Makes a new random key, stores its hash and returns the key (shown once).</summary>
    string CreateApiKey(DateTimeOffset now);

    /// <summary>Whether <paramref name="key"/> is one of the stored keys.</summary>
    bool IsValidApiKey(string? key);
}
