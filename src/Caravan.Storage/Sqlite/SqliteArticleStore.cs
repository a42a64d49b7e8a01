using System.Globalization;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (<c>caravan.db</c>) in a data folder, WAL journal, every batch
/// in one transaction, so a run killed at any point leaves a consistent store that a re-run completes.
/// </summary>
public sealed partial class SqliteArticleStore : IStoreTransfer
{
    public const string FileName = "caravan.db";
    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>Opens (creating and migrating if needed) the store in <paramref name="directory"/>.</summary>
    public static SqliteArticleStore Open(string directory)
    {
        var path = Path.Combine(directory, FileName);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(directory);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            connection.Open();
            var store = new SqliteArticleStore(connection, path);
            // 16 KB pages: an article row (text and compressed annotations, 2-4 KB) left most of a 4 KB page unused
            // (issue #8: store per article). Takes effect for new stores only; older ones keep their page size.
            store.Execute("PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            // Closed at once, not by the finalizer: a store that cannot be opened must not keep its file (or mount) busy.
            connection?.Dispose();
            throw new CaravanException(ErrorCode.StoreUnavailable, $"store '{path}' cannot be opened: {e.Message}", e);
        }
    }

    public string? PipelineSignature => Scalar("SELECT value FROM meta WHERE key = 'pipeline'") as string;

    public bool IsProcessed(string contentHash) =>
        Scalar("SELECT 1 FROM articles a JOIN raw_documents r ON r.seq = a.raw WHERE r.hash = $h", ("$h", contentHash)) is not null;

    public IReadOnlyDictionary<string, string> ArticleIds() => Guarded(ReadArticleIds);

    private Dictionary<string, string> ReadArticleIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = Command("SELECT a.id, r.hash FROM articles a JOIN raw_documents r ON r.seq = a.raw");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids[reader.GetString(0)] = reader.GetString(1);
        }

        return ids;
    }

    public IEnumerable<Article> ReadArticles() => Guarded(ReadArticleRows());

    private IEnumerable<Article> ReadArticleRows()
    {
        using var command = Command("""
            SELECT a.id, r.hash, r.path, r.url, a.site, a.title, a.author, a.published, a.language, a.story_id,
                   a.duplicate_of, a.text, a.annotations, r.kind, r.hints
            FROM articles a JOIN raw_documents r ON r.seq = a.raw ORDER BY a.seq
            """);
        using var reader = command.ExecuteReader();
        var pool = new StringPool();
        while (reader.Read())
        {
            yield return ArticleRows.Read(reader, pool);
        }
    }

    public IEnumerable<RawDocument> ReadRawDocuments() => Guarded(ReadRawDocumentRows());

    private IEnumerable<RawDocument> ReadRawDocumentRows()
    {
        using var command = Command("SELECT id, hash, path, url, kind, hints, bytes FROM raw_documents ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var source = new SourceInfo(NullableString(reader, 2), NullableString(reader, 3), (SourceKind)reader.GetInt32(4));
            var hints = ArticleAnnotations.DeserializeHints(reader.GetString(5));
            yield return new RawDocument(reader.GetString(0), source, (byte[])reader.GetValue(6), reader.GetString(1), hints);
        }
    }

    public void SaveBatch(IReadOnlyList<(RawDocument Raw, Article Article)> batch, string pipelineSignature) =>
        Write(() => Save(batch, pipelineSignature));

    private void Save(IReadOnlyList<(RawDocument Raw, Article Article)> batch, string pipelineSignature)
    {
        using var transaction = _connection.BeginTransaction();
        InsertRaw(batch.Select(p => p.Raw), transaction);
        using var article = ArticleRows.InsertCommand(_connection, transaction, ignoreStored: false);
        foreach (var (_, processed) in batch)
        {
            ArticleRows.Insert(article, processed);
        }

        SetMeta("pipeline", pipelineSignature, transaction);
        transaction.Commit();
    }

    private void InsertRaw(IEnumerable<RawDocument> documents, SqliteTransaction transaction)
    {
        using var raw = Command("""
            INSERT OR IGNORE INTO raw_documents (hash, id, path, url, kind, hints, bytes)
            VALUES ($hash, $id, $path, $url, $kind, $hints, $bytes)
            """, transaction);
        foreach (var document in documents)
        {
            raw.Parameters.Clear();
            raw.Parameters.AddWithValue("$hash", document.ContentHash);
            raw.Parameters.AddWithValue("$id", document.Id);
            raw.Parameters.AddWithValue("$path", (object?)document.Source.Path ?? DBNull.Value);
            raw.Parameters.AddWithValue("$url", (object?)document.Source.Url ?? DBNull.Value);
            raw.Parameters.AddWithValue("$kind", (int)document.Source.Kind);
            raw.Parameters.AddWithValue("$hints", ArticleAnnotations.SerializeHints(document.Hints));
            raw.Parameters.AddWithValue("$bytes", document.Bytes.ToArray());
            raw.ExecuteNonQuery();
        }
    }

    public void ClearProcessed() => Write(Clear);

    private void Clear()
    {
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM articles; DELETE FROM stories; DELETE FROM actors; DELETE FROM relations; DELETE FROM meta WHERE key = 'pipeline';", transaction);
        transaction.Commit();
    }

    public void ReplaceCorpus(CorpusResult corpus) => Write(() => CorpusRows.Replace(_connection, CorpusDocuments.Strip(corpus)));

    /// <summary>
    /// Runs a write transaction; a failure (disk full, read-only folder, corruption) rolls it back and
    /// becomes CARAVAN0007 naming the store, so callers report one line and nothing half-written remains.
    /// </summary>
    private void Write(Action write)
    {
        try
        {
            write();
        }
        catch (SqliteException e)
        {
            throw new CaravanException(ErrorCode.StoreUnavailable,
                $"store '{_path}': write failed, nothing of it was stored ({e.Message})", e);
        }
    }

    public CorpusResult ReadCorpus() => CorpusDocuments.Fill(ReadCorpusTables(), [.. ReadArticles()]);

    public StoreCounts Counts() => new(
        Count("raw_documents"), Count("articles"), Count("stories"), Count("actors"), Count("relations"));

    public void Dispose() => _connection.Dispose();

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private IEnumerable<T> ReadJson<T>(string sql, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Guarded(ReadJsonRows(sql, type));

    private IEnumerable<T> ReadJsonRows<T>(string sql, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return JsonSerializer.Deserialize(reader.GetString(0), type)!;
        }
    }

    private void Migrate()
    {
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Migrations.All.Length)
        {
            throw new CaravanException(ErrorCode.StoreUnavailable,
                FormattableString.Invariant($"store schema version {version} is newer than this Caravan ({Migrations.All.Length}); upgrade Caravan"));
        }

        for (var next = version; next < Migrations.All.Length; next++)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(Migrations.All[next], transaction);
            Execute(FormattableString.Invariant($"PRAGMA user_version = {next + 1}"), transaction);
            transaction.Commit();
        }
    }

    private int Count(string table) =>
        Convert.ToInt32(Scalar($"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);

    private void SetMeta(string key, string value, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = $v", transaction);
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters) => Guarded(() =>
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    });

    internal static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
