using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a node does before it says it is ready: load the models (all languages) and run the per-article and corpus stages
/// until the JIT has given their code its optimised form (compiled on first use and recompiled once hot, which on a loaded
/// machine takes seconds of CPU per process). The corpus owner is
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

    public static void Run(NodeServices services)
    {
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
}
