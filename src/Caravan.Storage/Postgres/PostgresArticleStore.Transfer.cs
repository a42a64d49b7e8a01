using Caravan.Core.Storage;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Fetch state, API keys and whole-table reads and writes for `caravan migrate` (<see cref="IStoreTransfer"/>).</summary>
public sealed partial class PostgresArticleStore
{
    public FetchState? GetFetchState(string url) => Guard(() => Query(
        "SELECT url, etag, last_modified, fetched, status FROM fetch_state WHERE url = $1", ReadFetchState, url).FirstOrDefault());

    public void SaveFetchStates(IReadOnlyList<FetchState> states) => Write([.. states.Select(s => PostgresArticleRows.Command("""
        INSERT INTO fetch_state (url, etag, last_modified, fetched, status) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched = excluded.fetched, status = excluded.status
        """, s.Url, s.ETag, s.LastModified, s.Fetched.ToString("O", System.Globalization.CultureInfo.InvariantCulture), s.Status))]);

    public IEnumerable<FetchState> ReadFetchStates() =>
        Query("SELECT url, etag, last_modified, fetched, status FROM fetch_state ORDER BY url", ReadFetchState);

    public string CreateApiKey(DateTimeOffset now)
    {
        var key = ApiKeys.NewKey();
        ImportApiKeys([new StoredApiKey(ApiKeys.Hash(key), now)]);
        return key;
    }

    public bool IsValidApiKey(string? key) =>
        ApiKeys.IsCandidate(key) && Guard(() => Scalar("SELECT 1 FROM api_keys WHERE hash = $1", ApiKeys.Hash(key!)) is not null);

    public IEnumerable<StoredApiKey> ReadApiKeys() =>
        Query("SELECT hash, created FROM api_keys ORDER BY created, hash", r => new StoredApiKey(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1)));

    public void ImportApiKeys(IReadOnlyList<StoredApiKey> keys) => Write([.. keys.Select(k => PostgresArticleRows.Command(
        "INSERT INTO api_keys (hash, created) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING", k.Hash, k.Created.ToUniversalTime()))]);

    public void SaveRawDocuments(IReadOnlyList<RawDocument> documents) =>
        Write([PostgresArticleRows.LockHashes(documents.Select(d => d.ContentHash)), .. documents.Select(PostgresArticleRows.InsertRaw)]);

    public void SaveArticles(IReadOnlyList<Article> articles, string? pipelineSignature) =>
        Write([PostgresArticleRows.LockHashes(articles.Select(a => a.ContentHash)),
               .. articles.Select(PostgresArticleRows.InsertArticle),
               .. pipelineSignature is null ? [] : new[] { PostgresArticleRows.SetMeta("pipeline", pipelineSignature) }]);

    public CorpusResult ReadCorpusTables() => Guard(() => PostgresCorpusRows.Read(sql => Query(sql, r => r.GetString(0)).ToList()));

    public TransferCounts CountAll() => Guard(() => new TransferCounts(Counts(), Count("fetch_state"), Count("api_keys")));

    private static FetchState ReadFetchState(NpgsqlDataReader r) => new(
        r.GetString(0), PostgresArticleRows.Text(r, 1), PostgresArticleRows.Text(r, 2),
        DateTimeOffset.Parse(r.GetString(3), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind),
        r.GetInt32(4));
}
