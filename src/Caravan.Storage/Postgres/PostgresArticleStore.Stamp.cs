namespace Caravan.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// A value that changes with every commit to the store's tables, by any process: the row counts and
    /// the newest writing transaction of the tables the web server's snapshot reads. One query.
    /// </summary>
    public static string ChangeStamp(string url)
    {
        using var store = new PostgresArticleStore(PostgresConnections.For(url), PostgresUrl.Redact(url));
        return store.Guard(() => (string)store.Scalar("""
            SELECT concat_ws(':',
                (SELECT count(*) FROM raw_documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM fetch_state),
                (SELECT coalesce(max(xmin::text::bigint), 0) FROM articles), (SELECT coalesce(max(xmin::text::bigint), 0) FROM stories),
                (SELECT coalesce(max(xmin::text::bigint), 0) FROM actors), (SELECT coalesce(max(xmin::text::bigint), 0) FROM fetch_state))
            """)!, "cannot be read");
    }
}
