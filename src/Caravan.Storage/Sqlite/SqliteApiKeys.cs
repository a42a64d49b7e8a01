using System.Globalization;

namespace Caravan.Storage.Sqlite;

/// <summary>The api_keys table (migration 3): only each key's SHA-256 hash is stored (<see cref="ApiKeys"/>).</summary>
public static class SqliteApiKeys
{
    /// <summary>Makes a new random key, stores its hash and returns the key (shown once).</summary>
    public static string Create(SqliteArticleStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = ApiKeys.NewKey();
        Import(store, [new StoredApiKey(Hash(key), now)]);
        return key;
    }

    /// <summary>Whether <paramref name="key"/> is one of the stored keys.</summary>
    public static bool IsValid(SqliteArticleStore store, string? key)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!ApiKeys.IsCandidate(key))
        {
            return false;
        }

        using var command = store.Command("SELECT 1 FROM api_keys WHERE hash = $h");
        command.Parameters.AddWithValue("$h", Hash(key!));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => ApiKeys.Hash(key);

    /// <summary>Stored key hashes and when they were created, oldest first.</summary>
    internal static IEnumerable<StoredApiKey> Read(SqliteArticleStore store)
    {
        using var command = store.Command("SELECT hash, created FROM api_keys ORDER BY created, hash");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredApiKey(reader.GetString(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }
    }

    /// <summary>Adds key hashes; ones already stored are left as they are.</summary>
    internal static void Import(SqliteArticleStore store, IEnumerable<StoredApiKey> keys)
    {
        using var command = store.Command("INSERT OR IGNORE INTO api_keys (hash, created) VALUES ($h, $c)");
        foreach (var (hash, created) in keys)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$h", hash);
            command.Parameters.AddWithValue("$c", created.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }
}
