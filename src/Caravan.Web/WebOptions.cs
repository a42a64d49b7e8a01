using Caravan.Core.Pipeline;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Storage;

namespace Caravan.Web;

/// <summary>Settings of `caravan serve`; the limits guard a server that may face hostile clients.</summary>
public sealed record WebOptions
{
    /// <summary>The store and search index (`--db`: a data folder or a PostgreSQL URL).</summary>
    public required StoreLocation Db { get; init; }

    /// <summary>Addresses to listen on; port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Largest request body accepted (POST /api/articles).</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Requests one client (remote address) may make per <see cref="RateWindow"/>.</summary>
    public int RequestsPerWindow { get; init; } = 600;

    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Makes the pipeline and corpus aggregator POST /api/articles runs (called once, on the first
    /// ingestion); null: the default pipeline, the same as `caravan analyze`.
    /// </summary>
    public Func<(ArticlePipeline Pipeline, ICorpusAggregator Aggregator)>? Pipeline { get; init; }

    /// <summary>Largest upload (the files of one POST to /ingest/files or /api/uploads, together).</summary>
    public long MaxUploadBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxUploadFiles { get; init; } = 100;

    /// <summary>How feeds added on /ingest are fetched (politeness, timeouts, the SSRF guard: private addresses refused by default).</summary>
    public FetchOptions Fetch { get; init; } = new();

    /// <summary>When true, the JSON API's read endpoints need an API key too (the pages stay public).</summary>
    public bool KeyedReads { get; init; }

    /// <summary>
    /// Search answers kept per corpus snapshot (repeated searches, facet links and back buttons cost no
    /// index work); 0 turns the cache off (to measure the index under load).
    /// </summary>
    public int SearchCacheSize { get; init; } = 1024;

    /// <summary>Largest page size of the JSON API.</summary>
    public int MaxPageSize { get; init; } = 200;
}
