using System.Globalization;
using Caravan.Core.Errors;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// The shared store: a PostgreSQL database named by a <c>postgres://</c> URL. Same contract as the
/// embedded store: every batch in one transaction. Content hashes are unique and inserts skip stored
/// content, so several processes may write the same database and each article is stored once.
/// Thread-safe: every operation takes its own pooled connection.
/// </summary>
public sealed partial class PostgresArticleStore : IStoreTransfer
{
    /// <summary>Advisory lock key of corpus-table rewrites, so concurrent rewrites run one after the other.</summary>
    private const long CorpusLock = 0x43415241_56414F;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _display;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string display)
    {
        _dataSource = dataSource;
        _display = display;
    }

    /// <summary>Opens (migrating if needed) the store in the database of <paramref name="url"/>.</summary>
    public static PostgresArticleStore Open(string url)
    {
        var dataSource = PostgresConnections.For(url);
        var store = new PostgresArticleStore(dataSource, PostgresUrl.Redact(url));
        store.Guard(() => PostgresSchema.Migrate(dataSource), "cannot be opened");
        return store;
    }

    /// <summary>Whether the database holds a Caravan store; CARAVAN0007 when it cannot be reached.</summary>
    public static bool Exists(string url)
    {
        using var store = new PostgresArticleStore(PostgresConnections.For(url), PostgresUrl.Redact(url));
        return store.Guard(() => PostgresSchema.Exists(store._dataSource), "cannot be opened");
    }

    public string? PipelineSignature => Guard(() => Scalar("SELECT value FROM meta WHERE key = 'pipeline'") as string);

    public bool IsProcessed(string contentHash) => Guard(() => Scalar("SELECT 1 FROM articles a JOIN raw_documents r ON r.seq = a.raw WHERE r.hash = $1", contentHash) is not null);

    public IReadOnlyDictionary<string, string> ArticleIds() => Guard(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, hash) in Query("SELECT a.id, r.hash FROM articles a JOIN raw_documents r ON r.seq = a.raw", r => (r.GetString(0), r.GetString(1))))
        {
            ids[id] = hash;
        }

        return ids;
    });

    public IEnumerable<Article> ReadArticles() => Query(PostgresArticleRows.SelectArticles, PostgresArticleRows.ReadArticle);

    public IEnumerable<RawDocument> ReadRawDocuments() => Query(PostgresArticleRows.SelectRawDocuments, PostgresArticleRows.ReadRaw);

    public void SaveBatch(IReadOnlyList<(RawDocument Raw, Article Article)> batch, string pipelineSignature) =>
        Write([PostgresArticleRows.LockHashes(batch.Select(p => p.Raw.ContentHash)),
               .. batch.Select(p => PostgresArticleRows.InsertRaw(p.Raw)),
               .. batch.Select(p => PostgresArticleRows.InsertArticle(p.Article)),
               PostgresArticleRows.SetMeta("pipeline", pipelineSignature)]);

    public void ClearProcessed() => Write([
        PostgresArticleRows.Command(FormattableString.Invariant($"SELECT pg_advisory_xact_lock({CorpusLock})")),
        PostgresArticleRows.Command("DELETE FROM articles"),
        PostgresArticleRows.Command("DELETE FROM stories"),
        PostgresArticleRows.Command("DELETE FROM actors"),
        PostgresArticleRows.Command("DELETE FROM relations"),
        PostgresArticleRows.Command("DELETE FROM meta WHERE key = 'pipeline'")]);

    /// <summary>Rewrites the corpus tables in one transaction, under a lock so that two writers never interleave.</summary>
    public void ReplaceCorpus(CorpusResult corpus) => Write([
        PostgresArticleRows.Command(FormattableString.Invariant($"SELECT pg_advisory_xact_lock({CorpusLock})")),
        .. PostgresCorpusRows.Replace(CorpusDocuments.Strip(corpus))]);

    public CorpusResult ReadCorpus() => CorpusDocuments.Fill(ReadCorpusTables(), [.. ReadArticles()]);

    public StoreCounts Counts() => Guard(() => new StoreCounts(
        Count("raw_documents"), Count("articles"), Count("stories"), Count("actors"), Count("relations")));

    /// <summary>Nothing to release: the connection pool is the process's (<see cref="PostgresConnections"/>).</summary>
    public void Dispose()
    {
    }

    /// <summary>Runs the commands in one transaction: all or nothing; a failure is CARAVAN0007 naming the store.</summary>
    private void Write(IReadOnlyList<NpgsqlBatchCommand> commands)
    {
        if (commands.Count == 0)
        {
            return;
        }

        Guard(() =>
        {
            using var connection = _dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var command in commands)
            {
                batch.BatchCommands.Add(command);
            }

            batch.ExecuteNonQuery();
            transaction.Commit();
        }, "write failed, nothing of it was stored");
    }

    private IEnumerable<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values)
    {
        using var connection = Guard(() => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return read(reader);
        }
    }

    private object? Scalar(string sql, params object?[] values)
    {
        using var command = _dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    private int Count(string table) => Convert.ToInt32(Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);

    private T Guard<T>(Func<T> body, string what = "cannot be read")
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException { Source: "Npgsql" })
        {
            throw new CaravanException(ErrorCode.StoreUnavailable, $"store '{_display}': {what} ({e.Message})", e);
        }
    }

    private void Guard(Action body, string what) => Guard(() =>
    {
        body();
        return true;
    }, what);
}
