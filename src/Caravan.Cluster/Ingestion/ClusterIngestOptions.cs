using Caravan.Cluster.Hosting;

namespace Caravan.Cluster.Ingestion;

/// <summary>Options of ingestion through a cluster.</summary>
public sealed record ClusterIngestOptions
{
    public string Corpus { get; init; } = ClusterNames.DefaultCorpus;

    /// <summary>
    /// Documents per admitted batch: the unit of work of one worker and of one store transaction. Each batch costs an
    /// admission, a worker call and a commit, and with several nodes most of these cross nodes: 32 instead of 16 halves
    /// them (3 nodes, 3,000 articles: 5.9-7.6 to 4.9-6.4 ms of CPU per article; docs/benchmarks/cluster.md).
    /// </summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Batches in flight at once (spread over the nodes); a crash redoes at most these.</summary>
    public int Window { get; init; } = 12;

    /// <summary>How long to keep retrying while the cluster is unreachable before giving up.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(3);
}

/// <summary>What an ingestion through the cluster did, and the store's totals after it.</summary>
public sealed record ClusterIngestReport(
    int Stored,
    int AlreadyStored,
    int DuplicateInputs,
    int Problems,
    int Failures,
    int Retries,
    TimeSpan Elapsed,
    Grains.CorpusCounts Counts,
    IReadOnlyDictionary<string, int> BatchesPerNode);
