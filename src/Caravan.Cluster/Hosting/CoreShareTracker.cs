using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Cluster.Hosting;

/// <summary>Keeps the node's <see cref="CoreShare"/> in step with cluster membership, for as long as the node runs.</summary>
internal sealed partial class CoreShareTracker(CoreShare share, IClusterMembershipService membership, ILocalSiloDetails silo, ILogger<CoreShareTracker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken).ConfigureAwait(false))
            {
                var before = share.Cores;
                share.Update(silo.SiloAddress.Endpoint.Address,
                    snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress.Endpoint.Address));
                if (share.Cores != before)
                {
                    LogShare(share.Cores, share.Processors);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The node stops.
        }
    }

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "per-article work on {Cores} of {Processors} cores (active nodes on this address share them)")]
    private partial void LogShare(int cores, int processors);
}
