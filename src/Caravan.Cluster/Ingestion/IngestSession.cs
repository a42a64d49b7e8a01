using Caravan.Cluster.Grains;
using Caravan.Core.Errors;

namespace Caravan.Cluster.Ingestion;

/// <summary>
/// The batches of one ingestion in flight, and the recovery rules of <see cref="ClusterIngestor"/>.
/// Single-threaded: the ingestor awaits each call before the next.
/// </summary>
internal sealed class IngestSession(IGrainFactory grains, ClusterIngestOptions options, Action<string> problem, CancellationToken cancellationToken)
{
    private readonly ICorpusGrain _corpus = grains.GetGrain<ICorpusGrain>(options.Corpus);
    private readonly List<Flight> _flights = [];
    private readonly Dictionary<string, int> _perNode = new(StringComparer.Ordinal);
    private Guid _epoch;
    private long _position;
    private int _stored;
    private int _alreadyStored;
    private int _duplicates;
    private int _failures;
    private int _retries;

    public async Task StartAsync() => _epoch = await Patiently(() => _corpus.Epoch()).ConfigureAwait(false);

    /// <summary>Admits one batch after every earlier one, dispatches it, and keeps the window bounded.</summary>
    public async Task OfferAsync(ImmutableArray<RawDocument> documents)
    {
        var flight = new Flight(_position++, documents);
        await AdmitAsync(flight).ConfigureAwait(false);
        while (_flights.Count >= options.Window)
        {
            await HarvestAsync().ConfigureAwait(false);
        }
    }

    public async Task DrainAsync()
    {
        while (_flights.Count > 0)
        {
            await HarvestAsync().ConfigureAwait(false);
        }
    }

    public Task<CorpusCounts> AggregateAsync() => Patiently(() => _corpus.Aggregate());

    public ClusterIngestReport Report(int problems, TimeSpan elapsed, CorpusCounts counts) =>
        new(_stored, _alreadyStored, _duplicates, problems, _failures, _retries, elapsed, counts, _perNode);

    private async Task AdmitAsync(Flight flight)
    {
        while (true)
        {
            var admission = await Patiently(() => _corpus.Admit(_epoch, flight.Documents)).ConfigureAwait(false);
            if (admission.Rejected)
            {
                // The owner restarted: everything not yet acknowledged goes again, oldest first, then this batch.
                _retries++;
                await RecoverAsync(admission.Epoch).ConfigureAwait(false);
                continue;
            }

            flight.Admission = admission;
            if (admission.Admitted.IsEmpty)
            {
                Acknowledge(flight, new BatchReport(0, [], Stale: false, Worker: ""));
                return;
            }

            var batch = new AdmittedBatch(admission.Epoch, admission.Ticket, admission.DocumentsOf(flight.Documents));
            flight.Call = grains.GetGrain<IArticleWorkerGrain>(flight.Position % 64).Process(options.Corpus, batch);
            _flights.Add(flight);
            return;
        }
    }

    private async Task HarvestAsync()
    {
        var finished = await Task.WhenAny(_flights.Select(f => f.Call!)).ConfigureAwait(false);
        var flight = _flights.First(f => f.Call == finished);
        if (finished.IsCompletedSuccessfully && !finished.Result.Stale)
        {
            _flights.Remove(flight);
            Acknowledge(flight, finished.Result);
            return;
        }

        _retries++;
        var epoch = await Patiently(() => _corpus.Epoch()).ConfigureAwait(false);
        if (epoch != _epoch)
        {
            await RecoverAsync(epoch).ConfigureAwait(false);
            return;
        }

        // The owner lives on (a worker's node died, or the ticket's lease ran out): offer this batch again.
        _flights.Remove(flight);
        await AdmitAsync(flight).ConfigureAwait(false);
    }

    /// <summary>Offers every unacknowledged batch to the owner's new epoch, in input order.</summary>
    private async Task RecoverAsync(Guid epoch)
    {
        _epoch = epoch;
        var again = _flights.OrderBy(f => f.Position).ToList();
        _flights.Clear();
        foreach (var flight in again)
        {
            if (flight.Call is { IsCompletedSuccessfully: true, Result.Stale: false } call)
            {
                Acknowledge(flight, call.Result);
                continue;
            }

            _ = flight.Call?.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            _retries++;
            await AdmitAsync(flight).ConfigureAwait(false);
        }
    }

    private void Acknowledge(Flight flight, BatchReport report)
    {
        _stored += report.Stored;
        _alreadyStored += flight.Admission!.AlreadyStored;
        _duplicates += flight.Admission.Duplicates;
        _failures += report.Problems.Length;
        foreach (var line in report.Problems)
        {
            problem(line);
        }

        if (report.Worker.Length > 0)
        {
            _perNode[report.Worker] = _perNode.GetValueOrDefault(report.Worker) + 1;
        }
    }

    /// <summary>Calls the cluster, retrying while it is unreachable (a node died, membership settles) up to the patience.</summary>
    private async Task<T> Patiently<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + options.Patience;
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not CaravanException && DateTime.UtcNow < deadline)
            {
                _retries++;
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not CaravanException)
            {
                throw new CaravanException(ErrorCode.ClusterUnavailable, $"the cluster did not answer for {options.Patience.TotalSeconds:F0} s: {e.Message}", e);
            }
        }
    }

    private sealed class Flight(long position, ImmutableArray<RawDocument> documents)
    {
        public long Position { get; } = position;

        public ImmutableArray<RawDocument> Documents { get; } = documents;

        public Admission? Admission { get; set; }

        public Task<BatchReport>? Call { get; set; }
    }
}
