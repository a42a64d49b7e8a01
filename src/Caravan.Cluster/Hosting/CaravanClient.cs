using System.Net;
using Caravan.Core.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Caravan.Cluster.Hosting;

/// <summary>A connection to a running cluster, for the CLI and `serve`: dispose to leave.</summary>
public sealed class CaravanClient : IAsyncDisposable
{
    private readonly IHost _host;

    private CaravanClient(IHost host) => _host = host;

    public IClusterClient Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects through Redis membership to the cluster's gateways; fails with CARAVAN0051 when none answers.</summary>
    public static Task<CaravanClient> ConnectAsync(string cluster, string clusterId = "caravan", CancellationToken cancellationToken = default)
    {
        var redis = RedisUrl.ToConfiguration(cluster);
        return StartAsync(
            client => client.UseRedisClustering(redis)
                .Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5)),
            clusterId, $"cluster '{cluster}'", cancellationToken);
    }

    /// <summary>Connects to one node's gateway and no other (a node warming up its own messaging, see <see cref="NodeWarmUp"/>).</summary>
    internal static Task<CaravanClient> ConnectToGatewayAsync(IPEndPoint gateway, string clusterId, CancellationToken cancellationToken = default) =>
        StartAsync(client => client.UseStaticClustering(gateway), clusterId, $"gateway {gateway}", cancellationToken);

    private static async Task<CaravanClient> StartAsync(Action<IClientBuilder> clustering, string clusterId, string target, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.None);
        builder.UseOrleansClient(client =>
        {
            clustering(client);
            client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = clusterId;
                    options.ServiceId = ClusterNames.ServiceId;
                })
                .Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = Liveness.ResponseTimeout);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new CaravanException(ErrorCode.ClusterUnavailable, $"{target} not reachable: {e.Message}", e);
        }

        return new CaravanClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
