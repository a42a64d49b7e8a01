using Orleans.Configuration;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// Failure detection. Orleans' defaults take about a minute to declare a killed node dead; Caravan's
/// nodes sit on one LAN, so probes time out after 2 s and three missed probes (two votes) suffice:
/// a dead node is replaced in about 10 s. Calls wait at most <see cref="ResponseTimeout"/>.
/// </summary>
internal static class Liveness
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(90);

    public static void Configure(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(2);
        membership.NumMissedProbesLimit = 3;
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(5);
    }
}
