using Caravan.Core.Pipeline;
using Caravan.Core.Search;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Jobs;
using Caravan.Storage;

namespace Caravan.Web;

/// <summary>
/// The server's access to a store: the current <see cref="CorpusSnapshot"/>, the search index,
/// API key checks and ingestion. A SQLite connection is not thread-safe, so each operation opens
/// its own store (PostgreSQL stores share the process's connection pool); ingestions run one at a
/// time (the store and index take one writer).
/// </summary>
public sealed class CorpusSource : IDisposable
{
    private readonly StoreLocation _location;
    private readonly ISearchIndex _index;
    private readonly Lock _ingestLock = new();
    private readonly Lazy<(ArticlePipeline Pipeline, ICorpusAggregator Aggregator)> _pipeline;

    private volatile CorpusSnapshot? _snapshot;

    public CorpusSource(StoreLocation location, Func<(ArticlePipeline, ICorpusAggregator)>? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        _location = location;
        _pipeline = new(pipeline ?? (() => (CaravanPipelines.CreateDefault(), CaravanPipelines.CreateAggregator())));
        _index = location.OpenIndex();
    }

    internal CorpusSnapshot Current => _snapshot ??= Load();

    /// <summary>Search over the index; an absent index (empty store) finds nothing.</summary>
    public SearchResults Search(SearchQuery query, CancellationToken cancellationToken) =>
        _index.Exists
            ? _index.Search(query, cancellationToken)
            : new SearchResults(0, [], new SearchFacets([], [], [], []), []);

    public bool IsValidKey(string? key)
    {
        using var store = _location.OpenStore();
        return store.IsValidApiKey(key);
    }

    /// <summary>
    /// Runs one document through the pipeline, stores and indexes it; returns the stored article (null
    /// when a stage failed on it) and the problems the job reported.
    /// </summary>
    public (AnalysisReport Report, Article? Article, IReadOnlyList<string> Problems) Ingest(RawDocument document, CancellationToken cancellationToken)
    {
        lock (_ingestLock)
        {
            using var store = _location.OpenStore();
            var (pipeline, aggregator) = _pipeline.Value;
            var job = new AnalysisJob(pipeline, aggregator, store);
            var problems = new List<string>();
            job.Problem += problems.Add;
            job.CorpusStored += corpus => _index.Update(corpus, cancellationToken);
            var report = job.Run([new IngestedDocument(document)], cancellationToken);
            _snapshot = new CorpusSnapshot(report.Corpus);
            var article = report.Corpus.Articles.FirstOrDefault(a => string.Equals(a.ContentHash, document.ContentHash, StringComparison.Ordinal));
            return (report, article, problems);
        }
    }

    public void Dispose() => _index.Dispose();

    private CorpusSnapshot Load()
    {
        using var store = _location.OpenStore();
        return new CorpusSnapshot(store.ReadCorpus());
    }
}
