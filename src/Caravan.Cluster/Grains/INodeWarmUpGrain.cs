namespace Caravan.Cluster.Grains;

/// <summary>
/// The messages of ingestion, echoed by the node that receives them, so that a starting node can send each kind through its
/// own gateway before it says ready (see <see cref="Hosting.NodeWarmUp"/>): the messaging code of these calls (the request
/// and response codecs as messaging instantiates them, invokers, a stateless worker's activation and turns) is then compiled
/// and optimised before the first real batch. Stateless: each node answers its own calls and holds no state.
/// </summary>
public interface INodeWarmUpGrain : IGrainWithIntegerKey
{
    /// <summary>The reply an owner gives to an offered batch (every document admitted under its own id).</summary>
    Task<Admission> Admit(Guid epoch, ImmutableArray<RawDocument> documents);

    /// <summary>The report a worker returns for an admitted batch (nothing stored).</summary>
    Task<BatchReport> Process(string corpus, AdmittedBatch batch);

    /// <summary>The report an owner returns for processed articles (nothing stored).</summary>
    Task<BatchReport> Commit(ProcessedBatch batch);
}
