using Caravan.Cluster.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// Builds a Caravan node: an Orleans silo with Redis membership and Redis reminders, hosting the corpus
/// owner, the article workers and the feeds.
/// </summary>
public static class CaravanNode
{
    public static IHost Build(NodeOptions options, NodeServices services, LogLevel logLevel = LogLevel.Warning)
    {
        var redis = RedisUrl.ToConfiguration(options.Cluster);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
            console.UseUtcTimestamp = true;
        }).SetMinimumLevel(logLevel);
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(_ => new StageThreads(services.Pipeline.Value.MaxParallelism));
        builder.Services.AddSingleton<TicketOrderScheduler>();
        builder.Services.AddSingleton(new CoreShare(Environment.ProcessorCount));
        builder.Services.AddSingleton<BatchStages>();
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(redis)
                .UseRedisReminderService(reminders => reminders.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                .Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = ClusterNames.ServiceId;
                })
                .ConfigureEndpoints(options.Address, options.SiloPort, options.GatewayPort)
                .Configure<ClusterMembershipOptions>(Liveness.Configure)
                .Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = Liveness.ResponseTimeout);
        });
        builder.Services.AddHostedService<CoreShareTracker>();
        return builder.Build();
    }
}
