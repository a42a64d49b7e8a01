using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>Answers a starting node's warm-up calls (see <see cref="INodeWarmUpGrain"/>); touches no store and no corpus state.</summary>
[StatelessWorker]
public sealed class NodeWarmUpGrain : Grain, INodeWarmUpGrain
{
    public Task<Admission> Admit(Guid epoch, ImmutableArray<RawDocument> documents) =>
        Task.FromResult(new Admission(epoch, 0, [.. documents.Select((d, i) => new AdmittedDocument(i, d.Id))], 0, 0));

    public Task<BatchReport> Process(string corpus, AdmittedBatch batch) =>
        Task.FromResult(new BatchReport(0, [], Stale: false, Worker: corpus));

    public Task<BatchReport> Commit(ProcessedBatch batch) =>
        Task.FromResult(new BatchReport(0, batch.Problems, Stale: false, batch.Worker));
}
