using System.Diagnostics;
using Caravan.Cluster.Hosting;
using Caravan.Core.Errors;
using Caravan.Core.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>
/// The corpus owner (see <see cref="ICorpusGrain"/>). Reentrant so that commits arriving out of order can
/// wait for earlier tickets; every state change happens within one turn, without awaits in between.
/// On activation the corpus state is rebuilt from the store exactly as a resumed embedded run does.
/// </summary>
[Reentrant]
public sealed partial class CorpusGrain(NodeServices services, ILogger<CorpusGrain> logger) : Grain, ICorpusGrain
{
    /// <summary>How long an admitted batch may go without its articles before later ones go on without it.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IArticleStore? _store;
    private PipelineRun? _run;
    private AdmissionBook? _book;
    private TimeSpan _busy;

    private IArticleStore Store => _store ?? throw new InvalidOperationException("corpus owner not active");

    private AdmissionBook Book => _book ?? throw new InvalidOperationException("corpus owner not active");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _store = services.OpenStore();
        var pipeline = services.Pipeline.Value;
        if (_store.PipelineSignature is { } signature && !string.Equals(signature, pipeline.Signature, StringComparison.Ordinal)
            || _store.Counts() is var counts && counts.RawDocuments > counts.Articles)
        {
            throw new CaravanException(ErrorCode.ClusterUnavailable,
                "the store holds results of other stage versions (or an unfinished reprocessing): run `caravan reprocess --db ...` once, then start the nodes");
        }

        _run = pipeline.Open();
        var hashes = new List<string>();
        _run.Restore(_store.ReadArticles(), article => hashes.Add(article.ContentHash));

        _book = new AdmissionBook(hashes, _store.ArticleIds());
        this.RegisterGrainTimer(ExpireAsync, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        LogActivated(this.GetPrimaryKeyString(), _book.Epoch, hashes.Count);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LogDeactivated(this.GetPrimaryKeyString(), reason.Description);
        _book?.FailAll(new InvalidOperationException("corpus owner deactivated: " + reason.Description));
        _store?.Dispose();
        _store = null;
        return Task.CompletedTask;
    }

    public Task<Guid> Epoch() => Task.FromResult(Book.Epoch);

    public Task<Admission> Admit(Guid expectedEpoch, ImmutableArray<RawDocument> documents) =>
        Task.FromResult(expectedEpoch == Book.Epoch ? Book.Admit(documents, DateTimeOffset.UtcNow) : Admission.Reject(Book.Epoch));

    public Task<BatchReport> Commit(ProcessedBatch batch)
    {
        if (!Book.TryArrive(batch, out var done))
        {
            return done;
        }

        Drain();
        return done;
    }

    public Task<CorpusCounts> Aggregate()
    {
        var started = Stopwatch.GetTimestamp();
        var articles = Store.ReadArticles().ToList();
        var read = Stopwatch.GetTimestamp();
        var corpus = services.Aggregator.Value.Aggregate(articles);
        var aggregated = Stopwatch.GetTimestamp();
        Store.ReplaceCorpus(corpus);
        var stored = Stopwatch.GetTimestamp();
        services.CorpusStored?.Invoke(corpus);
        var counts = Store.Counts();
        LogAggregated(articles.Count, Stopwatch.GetElapsedTime(started, read).TotalMilliseconds, Stopwatch.GetElapsedTime(read, aggregated).TotalMilliseconds,
            Stopwatch.GetElapsedTime(aggregated, stored).TotalMilliseconds, Stopwatch.GetElapsedTime(stored).TotalMilliseconds);
        return Task.FromResult(new CorpusCounts(counts.RawDocuments, counts.Articles, counts.Stories, counts.Actors, counts.Relations, _busy));
    }

    public Task<ImmutableArray<string>> StoredIds(string prefix) =>
        Task.FromResult(Store.ArticleIds().Keys.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToImmutableArray());

    public Task<FetchState?> GetFetchState(string url) => Task.FromResult((Store as IFetchStateStore)?.GetFetchState(url));

    public Task SaveFetchStates(ImmutableArray<FetchState> states)
    {
        (Store as IFetchStateStore)?.SaveFetchStates(states);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Applies the corpus stages to every ticket that is next in order and has arrived, and stores them all in
    /// one transaction: when the owner falls behind, its commits grow instead of queueing one per ticket.
    /// </summary>
    private void Drain()
    {
        var ready = Book.TakeReady().ToList();
        if (ready.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var rows = new List<(RawDocument Raw, Article Article)>();
        var results = new List<(AdmissionBook.Ticket Ticket, IReadOnlyList<Article> Stored, List<string> Problems)>(ready.Count);
        foreach (var ticket in ready)
        {
            var problems = new List<string>();
            var done = _run!.ProcessCorpusStages(ticket.Processed!.Value, failure => problems.Add(failure.ToString()));
            var raw = ticket.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            rows.AddRange(done.Select(a => (raw[a.Id], a)));
            results.Add((ticket, done, problems));
        }

        var corpusStages = Stopwatch.GetElapsedTime(started);
        try
        {
            Store.SaveBatch(rows, services.Pipeline.Value.Signature);
        }
        catch (CaravanException e)
        {
            // The corpus state is now ahead of the store: start over from the store.
            foreach (var ticket in ready)
            {
                ticket.Done.TrySetException(e);
            }

            Book.FailAll(e);
            DeactivateOnIdle();
            return;
        }

        foreach (var (ticket, stored, problems) in results)
        {
            Book.Stored(ticket, stored, problems);
        }

        _busy += Stopwatch.GetElapsedTime(started);
        LogStored(ready[0].Admission.Ticket, ready[^1].Admission.Ticket, rows.Count, corpusStages.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - corpusStages).TotalMilliseconds, Book.Open);
    }

    private Task ExpireAsync(CancellationToken cancellationToken)
    {
        var expired = false;
        while (Book.ExpireOldest(Lease, DateTimeOffset.UtcNow))
        {
            expired = true;
        }

        if (expired)
        {
            LogExpired(this.GetPrimaryKeyString());
            Drain();
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "corpus '{Corpus}' active, epoch {Epoch}, {Articles} stored articles replayed")]
    private partial void LogActivated(string corpus, Guid epoch, int articles);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "corpus '{Corpus}' deactivated: {Reason}")]
    private partial void LogDeactivated(string corpus, string reason);

    // One line per store transaction: the commit log a stall shows up in (and the kill test's trigger).
    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "stored tickets {First}-{Last}: {Articles} articles (corpus stages {Stages:F0} ms, store {Store:F0} ms), {Open} tickets open")]
    private partial void LogStored(long first, long last, int articles, double stages, double store, int open);

    // The owner's part after an ingestion (`caravan node --verbose`): where the sequential end of a run goes.
    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "aggregated {Articles} articles (read {Read:F0} ms, aggregate {Aggregate:F0} ms, store {Store:F0} ms, index and counts {Index:F0} ms)")]
    private partial void LogAggregated(int articles, double read, double aggregate, double store, double index);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "corpus '{Corpus}': admitted batches expired without their articles; later batches go on")]
    private partial void LogExpired(string corpus);
}
