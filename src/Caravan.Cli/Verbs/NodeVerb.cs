using System.CommandLine;
using System.Net;
using Caravan.Cluster.Hosting;
using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Pipeline.Models;
using Caravan.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan node --db DIR|postgres://... --cluster redis://HOST:PORT [--silo-port N] [--gateway-port N] [--address IP]`:
/// runs one cluster node (an Orleans silo) until stopped.
/// </summary>
internal static class NodeVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var cluster = new Option<string>("--cluster") { Description = "Redis URL of the cluster's membership and reminders (redis://HOST:PORT).", Required = true };
        var siloPort = new Option<int>("--silo-port") { Description = "Port for the other nodes.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port for clients (ingest --cluster, serve --cluster).", DefaultValueFactory = _ => 30000 };
        var address = new Option<string>("--address") { Description = "Address to listen on and advertise to the other nodes.", DefaultValueFactory = _ => "127.0.0.1" };
        var clusterId = new Option<string>("--cluster-id") { Description = "Nodes with the same id and Redis form one cluster.", DefaultValueFactory = _ => "caravan" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Let watched feeds fetch private and loopback addresses (off by default: SSRF guard)." };
        var verbose = new Option<bool>("--verbose") { Description = "Log Orleans' information messages (membership, activations) to stderr." };
        var command = new Command("node", "Run a cluster node (Orleans silo, Redis membership) that processes and stores work for the whole cluster, until stopped.")
        {
            db, cluster, siloPort, gatewayPort, address, clusterId, allowPrivate, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var location = parse.GetValue(db)!;
                var options = new NodeOptions
                {
                    Cluster = parse.GetValue(cluster)!,
                    ClusterId = parse.GetValue(clusterId)!,
                    Address = IPAddress.TryParse(parse.GetValue(address), out var ip) ? ip
                        : throw new CaravanException(ErrorCode.BadArgument, $"--address '{parse.GetValue(address)}' is not an IP address"),
                    SiloPort = parse.GetValue(siloPort),
                    GatewayPort = parse.GetValue(gatewayPort),
                };
                var services = new NodeServices(
                    location.OpenStore,
                    // The nodes of one machine share one copy of the models' large tables (docs/deployment.md, "Cluster").
                    new Lazy<ArticlePipeline>(() => CaravanPipelines.CreateDefault(
                        new ModelCatalog(ModelCatalog.Default.Directory) { SharedImages = SharedModelImages.ForThisMachine() })),
                    new Lazy<ICorpusAggregator>(() => CaravanPipelines.CreateAggregator()),
                    new FetchOptions { AllowPrivate = parse.GetValue(allowPrivate) },
                    corpus =>
                    {
                        // Only the corpus owner's node calls this, so one writer holds the index at a time.
                        using var index = location.OpenIndex();
                        index.Update(corpus, CancellationToken.None);
                    });
                using var node = CaravanNode.Build(options, services, parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning);
                await node.StartAsync(cancellationToken).ConfigureAwait(false);
                // Models loaded and stages compiled before announcing readiness.
                await NodeWarmUp.RunAsync(services, node.Services, cancellationToken).ConfigureAwait(false);
                Console.Error.WriteLine($"caravan: node ready: silo {options.Address}:{options.SiloPort}, gateway {options.Address}:{options.GatewayPort}, store {location.Display} (Ctrl+C stops)");
                await node.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (CaravanException e)
            {
                return CliIo.Fail(e);
            }
        });
        return command;
    }
}
