namespace Caravan.Cluster.Grains;

/// <summary>
/// Runs the per-article stages (extraction to fingerprints) of an admitted batch on the node that holds
/// the activation, then commits the result to the corpus owner and answers once it is stored.
/// Stateless: any node, as many activations as there are cores.
/// </summary>
public interface IArticleWorkerGrain : IGrainWithIntegerKey
{
    Task<BatchReport> Process(string corpus, AdmittedBatch batch);
}
