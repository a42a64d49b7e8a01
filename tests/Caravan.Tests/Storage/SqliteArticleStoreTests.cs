using System.Text;
using Caravan.Core.Errors;
using Caravan.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Caravan.Tests.Storage.StoreSamples;

namespace Caravan.Tests.Storage;

/// <summary>What only the embedded store does: SQLite files, pragmas and corrupt files.</summary>
public sealed class SqliteArticleStoreTests
{
    [Fact]
    public void SaveBatch_ReadOnlyDatabase_ClearErrorAndStoreUnchanged()
    {
        using var dir = new TempDirectory();
        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            store.SaveBatch([Sample("a", "Eins.")], "test@1");
        }

        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            using (var command = store.Command("PRAGMA query_only = ON"))
            {
                command.ExecuteNonQuery();
            }

            var error = Assert.Throws<CaravanException>(() => store.SaveBatch([Sample("b", "Zwei.")], "test@1"));
            Assert.Contains(SqliteArticleStore.FileName, error.Message, StringComparison.Ordinal);
        }

        using var reopened = SqliteArticleStore.Open(dir.Path);
        Assert.Equal(["a"], reopened.ReadArticles().Select(a => a.Id));
    }

    [Fact]
    public void Open_SchemaFromNewerVersion_FailsWithClearError()
    {
        using var dir = new TempDirectory();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SqliteArticleStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<CaravanException>(() => SqliteArticleStore.Open(dir.Path));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptFile_FailsWithClearErrorNamingIt()
    {
        using var dir = new TempDirectory();
        dir.File(SqliteArticleStore.FileName, Encoding.ASCII.GetBytes(new string('x', 8192)));
        var error = Assert.Throws<CaravanException>(() => SqliteArticleStore.Open(dir.Path));
        Assert.Contains(SqliteArticleStore.FileName, error.Message, StringComparison.Ordinal);
    }
}
