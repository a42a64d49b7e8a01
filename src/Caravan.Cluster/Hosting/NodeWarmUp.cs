using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a node does before it says it is ready: load the models (all languages) and run the per-article stages once (their
/// code is compiled on first use, which on a loaded machine takes seconds per process). The corpus owner is
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

    public static void Run(NodeServices services)
    {
        var pipeline = services.Pipeline.Value;
        // Every language's model now, not on the first batch in that language: a node's first batches took
        // 20-30 s under load (against 0.5 s warm) while later tickets waited for them in commit order.
        pipeline.Preload();
        var bytes = System.Text.Encoding.UTF8.GetBytes(Page);
        var raw = new RawDocument("warm-up", new SourceInfo("warm-up.html", null, SourceKind.Html), bytes, ContentChecks.Hash(bytes), DocumentHints.None);
        var article = pipeline.ProcessArticle(raw.ToArticle());
        // The corpus stages too, on a run of their own that is thrown away: whichever node comes to own the corpus
        // then commits its first batch without compiling them (0.4-0.8 s of the first commit under load).
        _ = pipeline.Open().ProcessCorpusStages([article], _ => { });
    }
}
