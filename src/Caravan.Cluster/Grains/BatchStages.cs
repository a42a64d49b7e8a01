using Caravan.Cluster.Hosting;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Grains;

/// <summary>
/// A node's per-article stages over one batch, on its stage threads (<see cref="StageThreads"/>) and its share of the cores
/// (<see cref="CoreShare"/>): what a worker runs for each admitted batch, and what the node's warm-up runs before the node says
/// ready, so that this path (the stage threads, the parallel loop over them, the ticket-order scheduler's instantiation) is
/// compiled then and not during the first batches. One instance per node; the stages are pure, so a batch run twice gives the
/// same articles.
/// </summary>
public sealed class BatchStages(NodeServices services, StageThreads threads, CoreShare share)
{
    private long _documents;

    /// <summary>Documents run through the stages so far (warm-up included).</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>The articles of <paramref name="documents"/> that went through every stage, and a line for each that failed.</summary>
    public (ImmutableArray<Article> Articles, ImmutableArray<string> Problems) Run(ImmutableArray<RawDocument> documents)
    {
        var pipeline = services.Pipeline.Value;
        var results = new Article?[documents.Length];
        var problems = new string?[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(pipeline.MaxParallelism, share.Cores), TaskScheduler = threads }, i =>
        {
            try
            {
                results[i] = pipeline.ProcessArticle(documents[i].ToArticle());
            }
            catch (StageFailedException e)
            {
                problems[i] = new ArticleFailure(documents[i].Id, documents[i].Source.Path, e.Stage, e.InnerException ?? e).ToString();
            }
        });
        Interlocked.Add(ref _documents, documents.Length);
        return ([.. results.OfType<Article>()], [.. problems.OfType<string>()]);
    }
}
