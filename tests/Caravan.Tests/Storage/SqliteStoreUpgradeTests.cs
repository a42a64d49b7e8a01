using System.Text.Json;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Caravan.Tests.Storage.StoreSamples;

namespace Caravan.Tests.Storage;

/// <summary>A store written by an earlier schema opens, is upgraded in place and keeps every article (issue #8).</summary>
public sealed class SqliteStoreUpgradeTests
{
    [Fact]
    public void Open_StoreOfSchema3_UpgradesAndReadsEveryArticle()
    {
        using var dir = new TempDirectory();
        var (raw, article) = Sample("d1", "Tokajew sagte „Ja“ in Astana.");
        WriteSchema3Store(dir.Path, raw, article);

        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            var read = Assert.Single(store.ReadArticles());
            Assert.Equal(article.Source, read.Source);
            Assert.Equal(article.ContentHash, read.ContentHash);
            Assert.Equal(article.Text, read.Text);
            Assert.Equal(article.Mentions.ToArray(), read.Mentions.ToArray());
            Assert.Equal(article.Quotes.ToArray(), read.Quotes.ToArray());
            Assert.Equal(article.Relations.ToArray(), read.Relations.ToArray());
            Assert.Equal(article.StoryId, read.StoryId);
            Assert.Null(read.Fingerprint);
            Assert.True(store.IsProcessed(raw.ContentHash));
            Assert.Equal(new Dictionary<string, string> { ["d1"] = raw.ContentHash }, store.ArticleIds());
            store.SaveBatch([Sample("d2", "Zwei.")], "test@1");
        }

        using var reopened = SqliteArticleStore.Open(dir.Path);
        Assert.Equal(["d1", "d2"], reopened.ReadArticles().Select(a => a.Id));
        using var command = reopened.Command("PRAGMA user_version");
        Assert.Equal(Migrations.All.Length, Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, Migrations.All.Length);
    }

    /// <summary>The first three migrations and one article as the store of that schema wrote it: content hash, path and URL
    /// repeated in <c>articles</c>, the annotations as JSON text with the fingerprint in it.</summary>
    private static void WriteSchema3Store(string dir, RawDocument raw, Article article)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, SqliteArticleStore.FileName)};Pooling=False");
        connection.Open();
        foreach (var sql in Migrations.All.Take(3).Append("PRAGMA user_version = 3"))
        {
            Run(connection, sql);
        }

        var json = ArticleAnnotations.Serialize(article);
        var withFingerprint = json[..^1] + ""","Fingerprint":{"MinHash":[1,2],"Terms":[{"Term":"astana","Weight":0.5}]}}""";
        Run(connection, "INSERT INTO raw_documents (hash, id, path, url, kind, hints, bytes) VALUES ($h, $id, $path, NULL, $kind, $hints, $bytes)",
            ("$h", raw.ContentHash), ("$id", raw.Id), ("$path", raw.Source.Path!), ("$kind", (int)raw.Source.Kind), ("$hints", ArticleAnnotations.SerializeHints(raw.Hints)),
            ("$bytes", raw.Bytes.ToArray()));
        Run(connection, """
            INSERT INTO articles (id, hash, path, url, site, title, author, published, language, story_id, duplicate_of, text, annotations)
            VALUES ($id, $h, $path, NULL, NULL, $title, NULL, $published, 'de', 'story-1', NULL, $text, $annotations)
            """,
            ("$id", article.Id), ("$h", raw.ContentHash), ("$path", raw.Source.Path!), ("$title", article.Title!),
            ("$published", article.Published!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            ("$text", article.Text), ("$annotations", withFingerprint));
        Assert.Contains("Fingerprint", JsonDocument.Parse(withFingerprint).RootElement.EnumerateObject().Select(p => p.Name));
    }

    private static void Run(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
