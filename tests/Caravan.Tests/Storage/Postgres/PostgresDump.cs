using System.Globalization;
using System.Text;
using Caravan.Storage.Postgres;
using Npgsql;

namespace Caravan.Tests.Storage.Postgres;

/// <summary>
/// Every row of the corpus tables of a PostgreSQL store, in storage order, as text, to compare two stores
/// for equality. The identity columns (<c>seq</c>, and an article's <c>raw</c>, which points at one) are left out: a
/// rolled-back transaction (a killed writer) uses up identity values, so two stores of the same sequence may
/// number it differently; an article names its raw document by content hash here.
/// </summary>
public static class PostgresDump
{
    public static string Of(string url)
    {
        var dump = new StringBuilder();
        using var connection = Open(url);
        foreach (var (table, columns, order) in new[]
        {
            ("raw_documents", "hash, id, path, url, kind, hints, sha256(bytes)", "seq"),
            ("articles a JOIN raw_documents r ON r.seq = a.raw",
                "a.id, r.hash, a.site, a.title, a.author, a.published, a.language, a.story_id, a.duplicate_of, a.text, a.annotations", "a.seq"),
            ("stories", "*", "ord"), ("actors", "*", "ord"), ("relations", "*", "ord"), ("meta", "*", "key"),
        })
        {
            using var command = new NpgsqlCommand($"SELECT {columns} FROM {table} ORDER BY {order}", connection);
            using var reader = command.ExecuteReader();
            dump.Append("# ").AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    dump.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\t');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    /// <summary>The result of a scalar query (a count), or -1 while the schema does not exist yet.</summary>
    public static long Scalar(string url, string sql)
    {
        try
        {
            using var connection = Open(url);
            using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return -1;
        }
    }

    private static NpgsqlConnection Open(string url)
    {
        var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(url));
        connection.Open();
        return connection;
    }
}
