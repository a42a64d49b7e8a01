using System.Text;
using Microsoft.Data.Sqlite;

namespace Caravan.Tests;

/// <summary>Every row of every table of a store, as text, to compare two stores for equality.</summary>
public static class StoreDump
{
    public static string Of(string directory)
    {
        var dump = new StringBuilder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "caravan.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var (table, order) in new[]
        {
            ("raw_documents", "seq"), ("articles", "seq"), ("stories", "ord"), ("actors", "ord"), ("relations", "ord"), ("meta", "key"),
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            using var reader = command.ExecuteReader();
            dump.Append("# ").AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    dump.Append(value is byte[] bytes ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))
                        .Append('\t');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    /// <summary>Articles stored so far, read while a writer may be busy (0 before the schema exists or while locked).</summary>
    public static int Articles(string directory)
    {
        var file = Path.Combine(directory, "caravan.db");
        if (!File.Exists(file))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
