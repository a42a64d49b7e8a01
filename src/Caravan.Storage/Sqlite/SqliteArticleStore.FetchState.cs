using System.Globalization;
using Caravan.Core.Storage;

namespace Caravan.Storage.Sqlite;

/// <summary>The fetch_state table (migration 2): validators for conditional GETs.</summary>
public sealed partial class SqliteArticleStore
{
    public FetchState? GetFetchState(string url)
    {
        using var command = Command("SELECT etag, last_modified, fetched, status FROM fetch_state WHERE url = $u");
        command.Parameters.AddWithValue("$u", url);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FetchState(url, NullableString(reader, 0), NullableString(reader, 1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetInt32(3))
            : null;
    }

    public void SaveFetchStates(IReadOnlyList<FetchState> states)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = Command("""
            INSERT INTO fetch_state (url, etag, last_modified, fetched, status) VALUES ($u, $e, $l, $f, $s)
            ON CONFLICT(url) DO UPDATE SET etag = $e, last_modified = $l, fetched = $f, status = $s
            """, transaction);
        foreach (var state in states)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$u", state.Url);
            command.Parameters.AddWithValue("$e", (object?)state.ETag ?? DBNull.Value);
            command.Parameters.AddWithValue("$l", (object?)state.LastModified ?? DBNull.Value);
            command.Parameters.AddWithValue("$f", state.Fetched.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$s", state.Status);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IEnumerable<FetchState> ReadFetchStates()
    {
        using var command = Command("SELECT url, etag, last_modified, fetched, status FROM fetch_state ORDER BY url");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new FetchState(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetInt32(4));
        }
    }
}
