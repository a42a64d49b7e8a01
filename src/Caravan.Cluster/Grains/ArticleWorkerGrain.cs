using Caravan.Cluster.Hosting;
using Caravan.Pipeline.Ingestion;
using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>
/// Per-article stages on the node holding the activation (see <see cref="IArticleWorkerGrain"/>). The
/// stages are pure, so a batch processed twice (its first worker died) gives the same articles.
/// </summary>
[StatelessWorker]
public sealed class ArticleWorkerGrain(NodeServices services, TicketOrderScheduler scheduler, StageThreads threads, CoreShare share, ILocalSiloDetails silo) : Grain, IArticleWorkerGrain
{
    public async Task<BatchReport> Process(string corpus, AdmittedBatch batch)
    {
        var (articles, problems) = await scheduler.RunAsync(batch.Ticket, () => Run(batch.Documents)).ConfigureAwait(true);
        return await GrainFactory.GetGrain<ICorpusGrain>(corpus)
            .Commit(new ProcessedBatch(batch.Epoch, batch.Ticket, articles, problems, silo.SiloAddress.ToString()))
            .ConfigureAwait(true);
    }

    private (ImmutableArray<Article> Articles, ImmutableArray<string> Problems) Run(ImmutableArray<RawDocument> documents)
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
        return ([.. results.OfType<Article>()], [.. problems.OfType<string>()]);
    }
}
