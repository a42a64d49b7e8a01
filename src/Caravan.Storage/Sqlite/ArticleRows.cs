using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// Maps processed articles to and from rows of the <c>articles</c> table. An article's content hash, path and URL are
/// its raw document's (one copy, in <c>raw_documents</c>).
/// </summary>
internal static class ArticleRows
{
    /// <summary>The insert; <paramref name="ignoreStored"/> skips articles whose content is already stored (copies).</summary>
    public static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction, bool ignoreStored)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        // The raw document by its content hash: a missing one leaves raw NULL, which fails the insert (DO NOTHING
        // skips uniqueness conflicts only).
        command.CommandText = """
            INSERT INTO articles (raw, id, site, title, author, published, language, story_id, duplicate_of, text, annotations)
            VALUES ((SELECT seq FROM raw_documents WHERE hash = $hash), $id, $site, $title, $author, $published, $language, $story, $dup, $text, $annotations)
            """ + (ignoreStored ? " ON CONFLICT DO NOTHING" : "");
        return command;
    }

    public static void Insert(SqliteCommand command, Article article)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$hash", article.ContentHash);
        command.Parameters.AddWithValue("$site", Db(article.Site));
        command.Parameters.AddWithValue("$title", Db(article.Title));
        command.Parameters.AddWithValue("$author", Db(article.Author));
        command.Parameters.AddWithValue("$published", Db(article.Published?.ToString("O", CultureInfo.InvariantCulture)));
        command.Parameters.AddWithValue("$language", article.Language);
        command.Parameters.AddWithValue("$story", Db(article.StoryId));
        command.Parameters.AddWithValue("$dup", Db(article.DuplicateOf));
        command.Parameters.AddWithValue("$text", article.Text);
        command.Parameters.AddWithValue("$annotations", AnnotationCodec.Encode(ArticleAnnotations.Of(article), article.Text));
        command.ExecuteNonQuery();
    }

    /// <summary>Reads a row of the query in <see cref="SqliteArticleStore.ReadArticles"/>.</summary>
    public static Article Read(SqliteDataReader r, StringPool pool)
    {
        var text = r.GetString(11);
        var published = SqliteArticleStore.NullableString(r, 7);
        var article = new Article
        {
            Id = r.GetString(0),
            ContentHash = r.GetString(1),
            Source = new SourceInfo(SqliteArticleStore.NullableString(r, 2), SqliteArticleStore.NullableString(r, 3), (SourceKind)r.GetInt32(13)),
            Site = pool.GetOrNull(SqliteArticleStore.NullableString(r, 4)),
            Title = SqliteArticleStore.NullableString(r, 5),
            Author = SqliteArticleStore.NullableString(r, 6),
            Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Language = pool.Get(r.GetString(8)),
            StoryId = SqliteArticleStore.NullableString(r, 9),
            DuplicateOf = SqliteArticleStore.NullableString(r, 10),
            Text = text,
            Hints = ArticleAnnotations.DeserializeHints(r.GetString(14)),
        };
        return ArticleAnnotations.Apply(article, pool.Pool(AnnotationCodec.Decode(r.GetValue(12), text)));
    }

    private static object Db(string? value) => (object?)value ?? DBNull.Value;
}
