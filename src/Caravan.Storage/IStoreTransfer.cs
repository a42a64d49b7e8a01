using Caravan.Core.Storage;

namespace Caravan.Storage;

/// <summary>
/// What `caravan migrate` needs of a store beyond <see cref="IDataStore"/>: to read and write every
/// table as stored. Every write ignores rows already present (by content hash, URL or key hash), so a
/// copy that was interrupted can simply be run again.
/// </summary>
public interface IStoreTransfer : IDataStore
{
    /// <summary>Stores raw documents without processing them.</summary>
    void SaveRawDocuments(IReadOnlyList<RawDocument> documents);

    /// <summary>Stores processed articles whose raw documents are already stored, in one transaction.</summary>
    void SaveArticles(IReadOnlyList<Article> articles, string? pipelineSignature);

    /// <summary>The derived stories, actors and relations (without the articles).</summary>
    CorpusResult ReadCorpusTables();

    IEnumerable<FetchState> ReadFetchStates();

    IEnumerable<StoredApiKey> ReadApiKeys();

    void ImportApiKeys(IReadOnlyList<StoredApiKey> keys);

    /// <summary>Rows of every table, for verifying a copy.</summary>
    TransferCounts CountAll();
}

/// <summary>A stored API key hash and when the key was made.</summary>
public sealed record StoredApiKey(string Hash, DateTimeOffset Created);

/// <summary>Rows of every table of a store.</summary>
public sealed record TransferCounts(StoreCounts Store, int FetchStates, int ApiKeys);
