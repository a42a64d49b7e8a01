using System.Diagnostics;
using Caravan.Cluster.Grains;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Ingestion;

/// <summary>
/// Ingests documents through a cluster, in input order: each batch is admitted by the corpus owner
/// (one at a time, so tickets follow the input), then processed by a worker on any node while the next
/// batches are admitted (<see cref="ClusterIngestOptions.Window"/> in flight). A batch is acknowledged
/// only once stored. When a node dies, a failed batch is offered again; when the owner itself restarted
/// (a new epoch), every unacknowledged batch is offered again, oldest first, so the store sees the same
/// sequence as an uninterrupted single-node run.
/// </summary>
public sealed class ClusterIngestor(IGrainFactory grains, ClusterIngestOptions? options = null)
{
    private readonly ClusterIngestOptions _options = options ?? new ClusterIngestOptions();

    /// <summary>Reports each input that was skipped (problem or stage failure), as one line naming it.</summary>
    public event Action<string>? Problem;

    public async Task<ClusterIngestReport> IngestAsync(IEnumerable<IngestItem> items, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var session = new IngestSession(grains, _options, line => Problem?.Invoke(line), cancellationToken);
        await session.StartAsync().ConfigureAwait(false);
        var problems = 0;
        var batch = new List<RawDocument>(_options.BatchSize);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is InputProblem problem)
            {
                problems++;
                Problem?.Invoke(problem.ToString());
                continue;
            }

            batch.Add(((IngestedDocument)item).Document);
            if (batch.Count == _options.BatchSize)
            {
                await session.OfferAsync([.. batch]).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await session.OfferAsync([.. batch]).ConfigureAwait(false);
        }

        await session.DrainAsync().ConfigureAwait(false);
        var counts = await session.AggregateAsync().ConfigureAwait(false);
        return session.Report(problems, clock.Elapsed, counts);
    }
}
