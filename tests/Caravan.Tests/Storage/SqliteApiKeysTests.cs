using Caravan.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Caravan.Tests.Storage;

public sealed class SqliteApiKeysTests
{
    [Fact]
    public void Create_NewKey_ValidAndOnlyItsHashStored()
    {
        using var dir = new TempDirectory();
        string key;
        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            key = SqliteApiKeys.Create(store, DateTimeOffset.UnixEpoch);
            Assert.True(SqliteApiKeys.IsValid(store, key));
            Assert.False(SqliteApiKeys.IsValid(store, key + "x"));
            Assert.False(SqliteApiKeys.IsValid(store, ""));
            Assert.False(SqliteApiKeys.IsValid(store, null));
            Assert.NotEqual(key, SqliteApiKeys.Create(store, DateTimeOffset.UnixEpoch));
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SqliteArticleStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(hash) FROM api_keys";
        var hashes = (string)command.ExecuteScalar()!;
        Assert.DoesNotContain(key, hashes, StringComparison.Ordinal);
        Assert.Contains(SqliteApiKeys.Hash(key), hashes, StringComparison.Ordinal);
    }
}
