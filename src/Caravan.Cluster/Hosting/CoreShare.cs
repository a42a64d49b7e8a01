using System.Net;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// How many cores this node's per-article work may use: the machine's cores divided among the active nodes
/// that share its address (nodes on one machine share its cores), at least one. Each node running every batch
/// on all the machine's cores made three nodes on a 2-core machine keep six stage threads busy on two cores,
/// paying the context switches and cache misses of threads that only take turns (docs/benchmarks/cluster.md).
/// Follows membership: when a co-located node dies, the others take its cores back on their next batch.
/// </summary>
public sealed class CoreShare(int processors)
{
    private volatile int _cores = Math.Max(1, processors);

    /// <summary>The machine's cores, as the runtime sees them.</summary>
    public int Processors { get; } = Math.Max(1, processors);

    /// <summary>Cores for this node's batches now.</summary>
    public int Cores => _cores;

    /// <summary>Recomputes the share from the addresses of the active nodes (this one included).</summary>
    public void Update(IPAddress self, IEnumerable<IPAddress> activeNodes)
    {
        var colocated = activeNodes.Count(address => address.Equals(self));
        _cores = Math.Max(1, Processors / Math.Max(1, colocated));
    }
}
