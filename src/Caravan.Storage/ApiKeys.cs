using System.Security.Cryptography;
using System.Text;

namespace Caravan.Storage;

/// <summary>How every backend makes and hashes the web API's keys: only the hash is ever stored.</summary>
public static class ApiKeys
{
    /// <summary>Longest key checked; longer input is refused without hashing.</summary>
    public const int MaxLength = 256;

    /// <summary>A new random key: a recognisable prefix and 24 random bytes in hex.</summary>
    public static string NewKey() => "cvn_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether the key is worth looking up at all.</summary>
    public static bool IsCandidate(string? key) => !string.IsNullOrEmpty(key) && key.Length <= MaxLength;
}
