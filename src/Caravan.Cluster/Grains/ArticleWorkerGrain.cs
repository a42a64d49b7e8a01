using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Caravan.Cluster.Grains;

/// <summary>
/// Per-article stages on the node holding the activation (see <see cref="IArticleWorkerGrain"/>). The
/// stages are pure, so a batch processed twice (its first worker died) gives the same articles.
/// </summary>
[StatelessWorker]
public sealed partial class ArticleWorkerGrain(BatchStages stages, TicketOrderScheduler scheduler, ILocalSiloDetails silo, ILogger<ArticleWorkerGrain> logger)
    : Grain, IArticleWorkerGrain
{
    public async Task<BatchReport> Process(string corpus, AdmittedBatch batch)
    {
        var arrived = Stopwatch.GetTimestamp();
        var started = arrived;
        var (articles, problems) = await scheduler.RunAsync(batch.Ticket, () =>
        {
            started = Stopwatch.GetTimestamp();
            return stages.Run(batch.Documents);
        }).ConfigureAwait(true);
        var processed = Stopwatch.GetTimestamp();
        var report = await GrainFactory.GetGrain<ICorpusGrain>(corpus)
            .Commit(new ProcessedBatch(batch.Epoch, batch.Ticket, articles, problems, silo.SiloAddress.ToString()))
            .ConfigureAwait(true);
        LogProcessed(batch.Ticket, batch.Documents.Length, Stopwatch.GetElapsedTime(arrived, started).TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, processed).TotalMilliseconds, Stopwatch.GetElapsedTime(processed).TotalMilliseconds);
        return report;
    }

    // One line per batch (`caravan node --verbose`): where a batch's time went on this node, the timeline a wait shows up in.
    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "processed ticket {Ticket}: {Documents} documents (queued {Queued:F0} ms, stages {Stages:F0} ms, commit {Commit:F0} ms)")]
    private partial void LogProcessed(long ticket, int documents, double queued, double stages, double commit);
}
