using Caravan.Core.Pipeline;
using Caravan.Core.Search;
using Caravan.Core.Storage;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Ingestion.Feeds;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Pipeline.Jobs;
using Caravan.Storage;
using Caravan.Web.Ingest;

namespace Caravan.Web;

/// <summary>
/// The server's access to a store: the current <see cref="CorpusSnapshot"/>, the search index
/// (answers cached per snapshot), API key checks, feed states and ingestion. A SQLite connection is
/// not thread-safe, so each operation opens its own store (PostgreSQL stores share the process's
/// connection pool); ingestions run one at a time (the store and index take one writer).
/// </summary>
public sealed class CorpusSource : IDisposable
{
    private readonly StoreLocation _location;
    private readonly ISearchIndex _index;
    private readonly SearchCache _searches;
    private readonly Lock _ingestLock = new();
    private readonly Lock _loadLock = new();
    private readonly Lazy<(ArticlePipeline Pipeline, ICorpusAggregator Aggregator)> _pipeline;

    private volatile CorpusSnapshot? _snapshot;
    private string? _loaded;
    private long _nextCheck;

    /// <param name="location">The store.</param>
    /// <param name="pipeline">Makes the pipeline and aggregator of ingestions (null: the default pipeline).</param>
    /// <param name="searchCacheSize">Search answers kept per snapshot; 0: none.</param>
    public CorpusSource(StoreLocation location, Func<(ArticlePipeline, ICorpusAggregator)>? pipeline = null, int searchCacheSize = 1024)
    {
        ArgumentNullException.ThrowIfNull(location);
        _location = location;
        _searches = new SearchCache(searchCacheSize);
        _pipeline = new(pipeline ?? (() => (CaravanPipelines.CreateDefault(), CaravanPipelines.CreateAggregator())));
        _index = location.OpenIndex();
    }

    /// <summary>How often the store files are checked for writes by other processes.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The snapshot of the store, reloaded when the store has changed since (checked at most every
    /// <see cref="CheckEvery"/>): writes by another process (`caravan watch`) show within a second or so,
    /// and everything cached per snapshot version follows.
    /// </summary>
    internal CorpusSnapshot Current =>
        _snapshot is { } snapshot && Environment.TickCount64 < Volatile.Read(ref _nextCheck) ? snapshot : Refresh();

    /// <summary>
    /// Search over the index; an absent index (empty store) finds nothing. Answers are cached per
    /// snapshot and index version: another process commits the store and the index one after the
    /// other, and a search between the two must not be kept once the index has caught up.
    /// </summary>
    public SearchResults Search(SearchQuery query, CancellationToken cancellationToken) =>
        _searches.GetOrAdd(FormattableString.Invariant($"{Current.Version}/{_index.Version}"), query, q => _index.Exists
            ? _index.Search(q, cancellationToken)
            : new SearchResults(0, [], new SearchFacets([], [], [], []), []));

    public bool IsValidKey(string? key)
    {
        using var store = _location.OpenStore();
        return store.IsValidApiKey(key);
    }

    /// <summary>The feeds the store has polled (by `caravan watch` or the server), with their last outcome.</summary>
    public IReadOnlyList<FetchState> FeedStates()
    {
        using var store = _location.OpenStore();
        return store.FetchStates();
    }

    /// <summary>
    /// Runs one document through the pipeline, stores and indexes it; returns the stored article (null
    /// when a stage failed on it) and the problems the job reported.
    /// </summary>
    public (AnalysisReport Report, Article? Article, IReadOnlyList<string> Problems) Ingest(RawDocument document, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var report = Run(_ => [new IngestedDocument(document)], problems.Add, null, cancellationToken);
        var article = report.Corpus.Articles.FirstOrDefault(a => string.Equals(a.ContentHash, document.ContentHash, StringComparison.Ordinal));
        return (report, article, problems);
    }

    /// <summary>Runs the items of a job through the pipeline, reporting progress to it.</summary>
    internal AnalysisReport Ingest(IngestJob job, IEnumerable<IngestItem> items, CancellationToken cancellationToken) =>
        Run(_ => job.Counting(items), job.OnProblem, job.OnProgress, cancellationToken);

    /// <summary>Polls feeds once (conditional GETs), ingests their new pages and records each feed's outcome.</summary>
    internal AnalysisReport Poll(IngestJob job, IReadOnlyList<Uri> feeds, FetchOptions fetch, CancellationToken cancellationToken)
    {
        using var fetcher = new PoliteFetcher(fetch);
        FeedPass? pass = null;
        try
        {
            return Run(store =>
            {
                var known = feeds.Select(f => store.GetFetchState(f.AbsoluteUri)).OfType<FetchState>().ToDictionary(s => s.Url, StringComparer.Ordinal);
                var stored = store.ArticleIds();
                pass = new FeedWatcher(fetcher).Poll(feeds, known, stored.ContainsKey, cancellationToken);
                return job.Counting(pass.Items);
            }, job.OnProblem, job.OnProgress, cancellationToken,
            // Validators are saved only once the pass's articles are stored (as `caravan watch` does).
            after: store => store.SaveFetchStates(pass!.States));
        }
        finally
        {
            pass?.Dispose();
        }
    }

    public void Dispose() => _index.Dispose();

    private AnalysisReport Run(Func<IDataStore, IEnumerable<IngestItem>> items, Action<string> problem, Action<AnalysisProgress>? progress, CancellationToken cancellationToken,
        Action<IDataStore>? after = null)
    {
        lock (_ingestLock)
        {
            using var store = _location.OpenStore();
            var (pipeline, aggregator) = _pipeline.Value;
            var job = new AnalysisJob(pipeline, aggregator, store);
            job.Problem += problem;
            if (progress is not null)
            {
                job.Progress += progress;
            }

            job.CorpusStored += corpus => _index.Update(corpus, cancellationToken);
            var report = job.Run(items(store), cancellationToken);
            after?.Invoke(store);
            store.Dispose(); // closing checkpoints the log: the stamp below is the final one
            lock (_loadLock)
            {
                _snapshot = new CorpusSnapshot(report.Corpus);
                _loaded = _location.ChangeStamp();
            }

            return report;
        }
    }

    private CorpusSnapshot Refresh()
    {
        lock (_loadLock)
        {
            // Others keep reading the current snapshot while this one checks (and maybe loads).
            Volatile.Write(ref _nextCheck, Environment.TickCount64 + (long)CheckEvery.TotalMilliseconds);
            var stamp = _location.ChangeStamp();
            if (_snapshot is null || !string.Equals(stamp, _loaded, StringComparison.Ordinal))
            {
                using var store = _location.OpenStore();
                _snapshot = new CorpusSnapshot(store.ReadCorpus());
                _loaded = stamp;
            }

            return _snapshot;
        }
    }
}
