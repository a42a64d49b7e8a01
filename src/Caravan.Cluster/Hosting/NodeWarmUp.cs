using System.Buffers;
using Caravan.Cluster.Grains;
using Caravan.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a node does before it says it is ready: load the models (all languages) and run the per-article and corpus stages
/// until the JIT has given their code its optimised form (compiled on first use and recompiled once hot, which on a loaded
/// machine takes seconds of CPU per process), and the same for the codecs of the messages that cross nodes (documents to a
/// worker, processed articles to the owner of another node), which only a node with peers ever runs. The corpus owner is
/// not activated here: nodes starting together would each try while their membership view still differs.
/// </summary>
public static class NodeWarmUp
{
    // Written for this purpose: a short page in two scripts with names, a quote and a date, so that every
    // per-article stage (extraction to fingerprints) runs its main path once.
    private const string Page = """
        <html><head><title>Warm-up: talks in Astana</title></head><body><article>
        <h1>Talks in Astana</h1><p>Published 3 March 2025.</p>
        <p>President Kassym-Jomart Tokayev met Chancellor Olaf Scholz in Astana on Monday. "We agreed on a new
        rail corridor," Tokayev said after the meeting. Scholz said Germany would support the project.</p>
        <p>Президент Касым-Жомарт Токаев встретился с канцлером Олафом Шольцем в Астане. «Мы договорились», — сказал Токаев.</p>
        </article></body></html>
        """;

    // The runtime recompiles a method with full optimisation once it has been called 30 times, in the background,
    // after calls have settled for 0.1 s (tiered compilation's defaults): rounds of calls give the stages' hot
    // code its final form before the node says ready. Without it every node recompiled it during its first
    // batches, on the cores the stages needed (perf, 600 articles: a quarter of a node's CPU in the JIT).
    private const int CallsPerRound = 32;
    private const int MaxRounds = 8;
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <param name="services">What the node's grains are built from (the pipeline).</param>
    /// <param name="node">The built node's services (its Orleans serializer).</param>
    public static void Run(NodeServices services, IServiceProvider node)
    {
        var serializer = node.GetRequiredService<Serializer>();
        var pipeline = services.Pipeline.Value;
        // Every language's model now, not on the first batch in that language: a node's first batches took
        // 20-30 s under load (against 0.5 s warm) while later tickets waited for them in commit order.
        pipeline.Preload();
        var bytes = System.Text.Encoding.UTF8.GetBytes(Page);
        var raw = new RawDocument("warm-up", new SourceInfo("warm-up.html", null, SourceKind.Html), bytes, ContentChecks.Hash(bytes), DocumentHints.None);
        // Until a round compiles nothing new: the per-article stages, and the corpus stages on runs of their own that
        // are thrown away (whichever node comes to own the corpus then commits without compiling them).
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 0; round < MaxRounds; round++)
        {
            for (var call = 0; call < CallsPerRound; call++)
            {
                var article = pipeline.ProcessArticle(raw.ToArticle());
                _ = pipeline.Open().ProcessCorpusStages([article], _ => { });
                RoundTrip(serializer, raw, article);
            }

            Thread.Sleep(Settle);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            // Round one compiles the first versions and round two reaches the call counts; the recompiles follow.
            if (round >= 2 && now == compiled)
            {
                return;
            }

            compiled = now;
        }
    }

    // Each message type that crosses nodes during ingestion, written and read back as messaging does (a class buffer writer,
    // a sequence reader: the same compiled code). With three nodes two thirds of the processed batches go to the owner's
    // node, and each node compiled these codecs during its first batches (perf, 3,000 articles, 3 nodes: the codecs were
    // a third of the JIT work that one node does not have; docs/benchmarks/cluster.md).
    private static void RoundTrip(Serializer serializer, RawDocument raw, Article article)
    {
        var epoch = Guid.NewGuid();
        var documents = ImmutableArray.Create(raw);
        Again(serializer, documents);
        Again(serializer, new Admission(epoch, 0, [new AdmittedDocument(0, raw.Id)], 0, 0));
        Again(serializer, new AdmittedBatch(epoch, 0, documents));
        Again(serializer, new ProcessedBatch(epoch, 0, [article], ["warm-up"], "warm-up"));
        Again(serializer, new BatchReport(1, [], Stale: false, Worker: "warm-up"));
    }

    private static void Again<T>(Serializer serializer, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        serializer.Serialize(value, buffer);
        _ = serializer.Deserialize<T>(new ReadOnlySequence<byte>(buffer.WrittenMemory));
    }
}
