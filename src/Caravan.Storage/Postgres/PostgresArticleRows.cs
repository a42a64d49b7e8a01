using System.Globalization;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Maps raw documents and processed articles to and from rows (same columns as the embedded store).</summary>
internal static class PostgresArticleRows
{
    public const string SelectArticles = """
        SELECT a.id, r.hash, r.path, r.url, a.site, a.title, a.author, a.published, a.language, a.story_id,
               a.duplicate_of, a.text, a.annotations, r.kind, r.hints
        FROM articles a JOIN raw_documents r ON r.seq = a.raw ORDER BY a.seq
        """;

    public const string SelectRawDocuments = "SELECT id, hash, path, url, kind, hints, bytes FROM raw_documents ORDER BY seq";

    /// <summary>Inserts a raw document unless its content is already stored (by another run or process).</summary>
    public static NpgsqlBatchCommand InsertRaw(RawDocument document) => Command("""
        INSERT INTO raw_documents (hash, id, path, url, kind, hints, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (hash) DO NOTHING
        """,
        document.ContentHash, document.Id, document.Source.Path, document.Source.Url, (int)document.Source.Kind,
        ArticleAnnotations.SerializeHints(document.Hints), document.Bytes.ToArray());

    /// <summary>
    /// Inserts an article unless an article of the same content is stored: its raw document (found by content hash)
    /// is what makes an article stored exactly once. An id taken by other content still fails the batch, and so
    /// does a missing raw document (raw NULL). Path and URL are the raw document's.
    /// </summary>
    public static NpgsqlBatchCommand InsertArticle(Article article) => Command("""
        INSERT INTO articles (id, raw, site, title, author, published, language, story_id, duplicate_of, text, annotations)
        VALUES ($1, (SELECT seq FROM raw_documents WHERE hash = $2), $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (raw) DO NOTHING
        """,
        article.Id, article.ContentHash, article.Site, article.Title, article.Author,
        article.Published?.ToString("O", CultureInfo.InvariantCulture), article.Language, article.StoryId, article.DuplicateOf,
        article.Text, ArticleAnnotations.Serialize(article));

    /// <summary>
    /// Locks the content hashes of a batch, in one global order, before anything is inserted. Two
    /// writers inserting the same hashes in different orders would otherwise each wait on a row the
    /// other inserted (a deadlock); with the locks the second waits, then skips what the first stored.
    /// </summary>
    public static NpgsqlBatchCommand LockHashes(IEnumerable<string> hashes) => Command("""
        SELECT pg_advisory_xact_lock(1128354130, h) FROM (SELECT DISTINCT hashtext(x) AS h FROM unnest($1::text[]) AS x ORDER BY h) AS t
        """, (object)hashes.ToArray());

    public static NpgsqlBatchCommand SetMeta(string key, string value) => Command(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);

    /// <summary>Reads a row of <see cref="SelectArticles"/>.</summary>
    public static Article ReadArticle(NpgsqlDataReader r)
    {
        var published = Text(r, 7);
        var article = new Article
        {
            Id = r.GetString(0),
            ContentHash = r.GetString(1),
            Source = new SourceInfo(Text(r, 2), Text(r, 3), (SourceKind)r.GetInt32(13)),
            Site = Text(r, 4),
            Title = Text(r, 5),
            Author = Text(r, 6),
            Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Language = r.GetString(8),
            StoryId = Text(r, 9),
            DuplicateOf = Text(r, 10),
            Text = r.GetString(11),
            Hints = ArticleAnnotations.DeserializeHints(r.GetString(14)),
        };
        return ArticleAnnotations.Apply(article, r.GetString(12));
    }

    /// <summary>Reads a row of <see cref="SelectRawDocuments"/>.</summary>
    public static RawDocument ReadRaw(NpgsqlDataReader r) => new(
        r.GetString(0),
        new SourceInfo(Text(r, 2), Text(r, 3), (SourceKind)r.GetInt32(4)),
        r.GetFieldValue<byte[]>(6),
        r.GetString(1),
        ArticleAnnotations.DeserializeHints(r.GetString(5)));

    public static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A batch command with positional parameters; nulls become SQL NULL (pass a lone array as <c>(object)array</c>).</summary>
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
