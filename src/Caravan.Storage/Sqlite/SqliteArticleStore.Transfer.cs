using Caravan.Core.Storage;

namespace Caravan.Storage.Sqlite;

/// <summary>API keys and whole-table reads and writes for `caravan migrate` (<see cref="IStoreTransfer"/>).</summary>
public sealed partial class SqliteArticleStore
{
    public string CreateApiKey(DateTimeOffset now) => SqliteApiKeys.Create(this, now);

    public bool IsValidApiKey(string? key) => SqliteApiKeys.IsValid(this, key);

    public IEnumerable<StoredApiKey> ReadApiKeys() => SqliteApiKeys.Read(this);

    public void ImportApiKeys(IReadOnlyList<StoredApiKey> keys) => Write(() => SqliteApiKeys.Import(this, keys));

    public void SaveRawDocuments(IReadOnlyList<RawDocument> documents) => Write(() =>
    {
        using var transaction = _connection.BeginTransaction();
        InsertRaw(documents, transaction);
        transaction.Commit();
    });

    public void SaveArticles(IReadOnlyList<Article> articles, string? pipelineSignature) => Write(() =>
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = ArticleRows.InsertCommand(_connection, transaction, ignoreStored: true);
        foreach (var article in articles)
        {
            ArticleRows.Insert(insert, article);
        }

        if (pipelineSignature is not null)
        {
            SetMeta("pipeline", pipelineSignature, transaction);
        }

        transaction.Commit();
    });

    public CorpusResult ReadCorpusTables() => new(
        [],
        [.. ReadJson("SELECT json FROM stories ORDER BY ord", StoreJson.Default.Story)],
        [.. ReadJson("SELECT json FROM actors ORDER BY ord", StoreJson.Default.Actor)],
        [.. ReadJson("SELECT json FROM relations ORDER BY ord", StoreJson.Default.Relation)]);

    public TransferCounts CountAll() => new(Counts(), Count("fetch_state"), Count("api_keys"));
}
