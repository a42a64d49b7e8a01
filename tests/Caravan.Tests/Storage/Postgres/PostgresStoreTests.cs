using Caravan.Core.Errors;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Npgsql;
using static Caravan.Tests.Storage.StoreSamples;

namespace Caravan.Tests.Storage.Postgres;

/// <summary>The store contract on PostgreSQL (a database per test on the collection's throwaway server).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : ArticleStoreTests
{
    protected override StoreLocation NewLocation() => new PostgresLocation(server.NewDatabaseUrl());

    [SkippableFact]
    public async Task SaveBatch_WritersRacingWithTheSameDocuments_EachStoredOnce()
    {
        var url = server.NewDatabaseUrl();
        using (var init = PostgresArticleStore.Open(url))
        {
            init.SaveBatch([Sample("seed", "Null.")], "test@1");
        }

        var batch = Enumerable.Range(0, 50).Select(i => Sample("d" + i, "Text " + i + ".")).ToList();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var store = PostgresArticleStore.Open(url);
            // Each writer takes the documents in its own order, so that the writers collide row by row.
            store.SaveBatch(w % 2 == 0 ? batch : [.. Enumerable.Reverse(batch)], "test@1");
        })).ToArray();
        await Task.WhenAll(writers);

        using var check = PostgresArticleStore.Open(url);
        Assert.Equal(51, check.Counts().Articles);
        Assert.Equal(51, check.Counts().RawDocuments);
        Assert.Equal(51, check.ReadArticles().Select(a => a.ContentHash).Distinct().Count());
    }

    [SkippableFact]
    public void Open_TwiceAndConcurrently_MigratesOnce()
    {
        var url = server.NewDatabaseUrl();
        Parallel.For(0, 4, _ => PostgresArticleStore.Open(url).Dispose());
        using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(url));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT array_agg(version ORDER BY version) FROM caravan_schema", connection);
        Assert.Equal([1, 2, 3], (int[])command.ExecuteScalar()!);
    }

    [SkippableFact]
    public void Open_SchemaFromNewerVersion_FailsWithClearError()
    {
        var url = server.NewDatabaseUrl();
        PostgresArticleStore.Open(url).Dispose();
        using (var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(url)))
        {
            connection.Open();
            using var command = new NpgsqlCommand("INSERT INTO caravan_schema (version) VALUES (99)", connection);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<CaravanException>(() => PostgresArticleStore.Open(url));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Open_StoreOfSchema2_UpgradesAndReadsEveryArticle()
    {
        // As schema 2 wrote it: content hash, path and URL repeated in articles, the fingerprint in the annotations JSON.
        var url = server.NewDatabaseUrl();
        var (raw, article) = Sample("d1", "Tokajew sagte „Ja“ in Astana.");
        var json = ArticleAnnotations.Serialize(article)[..^1] + ""","Fingerprint":{"MinHash":[1,2],"Terms":[{"Term":"astana","Weight":0.5}]}}""";
        using (var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(url)))
        {
            connection.Open();
            var sql = string.Join(";\n", [
                "CREATE TABLE caravan_schema (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())",
                PostgresMigrations.All[0], PostgresMigrations.All[1], "INSERT INTO caravan_schema (version) VALUES (1), (2)"]);
            using (var schema = new NpgsqlCommand(sql, connection))
            {
                schema.ExecuteNonQuery();
            }

            Insert(connection, "INSERT INTO raw_documents (hash, id, path, url, kind, hints, bytes) VALUES ($1, $2, $3, NULL, $4, $5, $6)",
                raw.ContentHash, raw.Id, raw.Source.Path!, (int)raw.Source.Kind, ArticleAnnotations.SerializeHints(raw.Hints), raw.Bytes.ToArray());
            Insert(connection, """
                INSERT INTO articles (id, hash, path, url, title, published, language, story_id, text, annotations)
                VALUES ($1, $2, $3, NULL, $4, $5, 'de', 'story-1', $6, $7)
                """,
                article.Id, raw.ContentHash, raw.Source.Path!, article.Title!,
                article.Published!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture), article.Text, json);
        }

        using (var store = PostgresArticleStore.Open(url))
        {
            var read = Assert.Single(store.ReadArticles());
            Assert.Equal(article.Source, read.Source);
            Assert.Equal(article.ContentHash, read.ContentHash);
            Assert.Equal(article.Mentions.ToArray(), read.Mentions.ToArray());
            Assert.Equal(article.Quotes.ToArray(), read.Quotes.ToArray());
            Assert.Null(read.Fingerprint);
            Assert.True(store.IsProcessed(raw.ContentHash));
            store.SaveBatch([Sample("d2", "Zwei.")], "test@1");
        }

        using var reopened = PostgresArticleStore.Open(url);
        Assert.Equal(["d1", "d2"], reopened.ReadArticles().Select(a => a.Id));
        Assert.Equal(new Dictionary<string, string> { ["d1"] = raw.ContentHash, ["d2"] = "h-d2" }, reopened.ArticleIds());
    }

    [SkippableFact]
    public void Open_NoServer_ClearErrorWithoutPassword()
    {
        server.SkipIfUnavailable();
        var url = "postgres://caravan:secret@127.0.0.1:1/caravan?connect_timeout=2";
        var error = Assert.Throws<CaravanException>(() => PostgresArticleStore.Open(url));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Contains("postgres://caravan:***@127.0.0.1:1/caravan", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    private static void Insert(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        command.ExecuteNonQuery();
    }
}
