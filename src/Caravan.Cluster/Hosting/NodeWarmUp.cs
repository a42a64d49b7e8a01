using Caravan.Cluster.Grains;
using Caravan.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a node does before it says it is ready: load the models (all languages) and run the per-article and corpus stages
/// on a page and on plain-text reports in several languages (<see cref="WarmUpDocuments"/>) until the JIT has given their
/// code its optimised form (compiled on first use and recompiled once hot, which on a loaded machine takes seconds of CPU
/// per process), and the same for the messages that cross nodes (documents to a worker,
/// processed articles to the owner of another node), sent through the node's own gateway to <see cref="INodeWarmUpGrain"/>.
/// The corpus owner is not activated here: nodes starting together would each try while their membership view still differs.
/// </summary>
public static class NodeWarmUp
{
    // The runtime recompiles a method with full optimisation once it has been called 30 times, in the background,
    // after calls have settled for 0.1 s (tiered compilation's defaults): rounds of calls give the stages' hot
    // code its final form before the node says ready. Without it every node recompiled it during its first
    // batches, on the cores the stages needed (perf, 600 articles: a quarter of a node's CPU in the JIT).
    private const int CallsPerRound = 32;
    private const int MaxRounds = 8;
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <param name="services">What the node's grains are built from (the pipeline).</param>
    /// <param name="node">The started node's services (its own gateway and cluster id).</param>
    /// <param name="cancellationToken">Stops the warm-up (the node is shutting down).</param>
    /// <returns>How many warm-up calls went through the node's gateway.</returns>
    public static async Task<int> RunAsync(NodeServices services, IServiceProvider node, CancellationToken cancellationToken = default)
    {
        var pipeline = services.Pipeline.Value;
        // Every language's model now, not on the first batch in that language: a node's first batches took
        // 20-30 s under load (against 0.5 s warm) while later tickets waited for them in commit order.
        pipeline.Preload();
        var documents = WarmUpDocuments.All;
        // The node's own gateway and no other: the calls stay on this node whatever the others are doing (starting too,
        // or their membership not settled yet), and a stateless worker answers them, so no grain is placed or registered.
        var gateway = node.GetRequiredService<ILocalSiloDetails>().GatewayAddress?.Endpoint
            ?? throw new InvalidOperationException("the node has no gateway");
        await using var self = await CaravanClient.ConnectToGatewayAsync(gateway, node.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId, cancellationToken)
            .ConfigureAwait(false);
        var echo = self.Grains.GetGrain<INodeWarmUpGrain>(0);
        var stages = node.GetRequiredService<BatchStages>();
        var scheduler = node.GetRequiredService<TicketOrderScheduler>();
        var calls = 0;
        // Until a round compiles nothing new: the per-article stages, the corpus stages on runs of their own that are thrown
        // away (whichever node comes to own the corpus then commits without compiling them), and the messages.
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 0; round < MaxRounds; round++)
        {
            for (var call = 0; call < CallsPerRound; call++)
            {
                // Every document on every call: a language's code reaches the call counts in the same rounds as the shared code.
                // Through the worker's own path (the ticket-order scheduler, the stage threads and the parallel loop over them),
                // which each node otherwise compiled during its first batches (docs/benchmarks/cluster.md, session 11).
                var (articles, problems) = await scheduler.RunAsync(0, () => stages.Run(documents)).ConfigureAwait(false);
                if (!problems.IsEmpty)
                {
                    throw new InvalidOperationException("the warm-up documents failed a stage: " + problems[0]);
                }

                _ = pipeline.Open().ProcessCorpusStages(articles, _ => { }, cancellationToken);
                calls += await SendAsync(echo, documents, articles).ConfigureAwait(false);
            }

            await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            // Round one compiles the first versions and round two reaches the call counts; the recompiles follow.
            if (round >= 2 && now == compiled)
            {
                break;
            }

            compiled = now;
        }

        // Last, with every model in memory: the tables the stages look up at random move to 2 MB pages.
        _ = HugePages.Collapse();
        return calls;
    }

    // Each message of ingestion that crosses nodes, through this node's gateway and back: the client side writes the requests
    // as a node writes them to another node (a worker's processed batch to the owner), the node reads them as it reads another
    // node's, and writes the replies. Written and read through the Orleans serializer alone, they went through other generic
    // instantiations than messaging's (its own buffer writer), which every node then compiled during its first batches (3 nodes:
    // ~2,100 methods compiled per node after "node ready", most of them messaging; docs/benchmarks/cluster.md).
    private static async Task<int> SendAsync(INodeWarmUpGrain echo, ImmutableArray<RawDocument> documents, ImmutableArray<Article> articles)
    {
        var epoch = Guid.NewGuid();
        _ = await echo.Admit(epoch, documents).ConfigureAwait(false);
        _ = await echo.Process(ClusterNames.DefaultCorpus, new AdmittedBatch(epoch, 0, documents)).ConfigureAwait(false);
        _ = await echo.Commit(new ProcessedBatch(epoch, 0, articles, ["warm-up"], "warm-up")).ConfigureAwait(false);
        return 3;
    }
}
