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
}
