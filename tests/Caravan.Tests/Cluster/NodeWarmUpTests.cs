using Caravan.Cluster.Grains;
using Caravan.Cluster.Hosting;
using Caravan.Core.Pipeline;
using Caravan.Pipeline.Ingestion.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Caravan.Tests.Cluster;

/// <summary>A starting node sends the messages of ingestion through its own gateway before it says ready, and touches nothing else.</summary>
[Trait("Category", "Cluster")]
public sealed class NodeWarmUpTests
{
    [SkippableFact]
    public async Task RunAsync_EchoesEveryIngestionMessageThroughTheNodesGatewayAndRunsTheWorkersStagePath_WithoutOpeningTheStore()
    {
        Skip.If(RedisServer.Executable is null, "redis-server is not installed (apt-get install -y redis-server)");
        using var redis = RedisServer.Start();
        var storeOpened = false;
        var services = new NodeServices(
            () =>
            {
                storeOpened = true;
                throw new InvalidOperationException("the warm-up activated the corpus owner");
            },
            new Lazy<ArticlePipeline>(() => new PipelineBuilder { MaxParallelism = 1 }.Build()),
            new Lazy<ICorpusAggregator>(() => throw new InvalidOperationException("the warm-up aggregated")),
            new FetchOptions());
        var options = new NodeOptions
        {
            Cluster = redis.Url,
            ClusterId = "warm-up-" + Guid.NewGuid().ToString("N"),
            SiloPort = RedisServer.FreePort(),
            GatewayPort = RedisServer.FreePort(),
        };
        using var node = CaravanNode.Build(options, services);
        await node.StartAsync();
        try
        {
            var calls = await NodeWarmUp.RunAsync(services, node.Services);

            // At least three rounds of 32, each an admission, a worker call and a commit, answered by the node itself.
            Assert.True(calls >= 3 * 32 * 3, $"{calls} warm-up calls");
            // Every call's documents went through the worker's own path (scheduler, stage threads), not around it.
            var staged = node.Services.GetRequiredService<BatchStages>().Documents;
            Assert.True(staged >= 3 * 32 * WarmUpDocuments.All.Length, $"{staged} documents through the node's batch stages");
            Assert.False(storeOpened);
        }
        finally
        {
            await node.StopAsync();
        }
    }
}
