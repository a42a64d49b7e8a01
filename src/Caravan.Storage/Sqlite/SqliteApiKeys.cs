using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// API keys of the web API: only each key's SHA-256 hash is stored, so a copy of the store does not
/// hand out write access.
/// </summary>
public static class SqliteApiKeys
{
    /// <summary>Makes a new random key, stores its hash and returns the key (shown once).</summary>
    public static string Create(SqliteArticleStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = "cvn_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var command = store.Command("INSERT INTO api_keys (hash, created) VALUES ($h, $c)");
        command.Parameters.AddWithValue("$h", Hash(key));
        command.Parameters.AddWithValue("$c", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        return key;
    }

    /// <summary>Whether <paramref name="key"/> is one of the stored keys.</summary>
    public static bool IsValid(SqliteArticleStore store, string? key)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(key) || key.Length > 256)
        {
            return false;
        }

        using var command = store.Command("SELECT 1 FROM api_keys WHERE hash = $h");
        command.Parameters.AddWithValue("$h", Hash(key));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
