using Caravan.Core.Pipeline;
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

    /// <summary>Largest page size of the JSON API.</summary>
    public int MaxPageSize { get; init; } = 200;
}
