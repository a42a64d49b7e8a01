using System.Collections.Concurrent;
using Caravan.Core.Errors;
using Caravan.Pipeline.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web.Ingest;

/// <summary>
/// The server's ingestion jobs: each runs in the background (one at a time in the store, see
/// <see cref="CorpusSource"/>) while its page shows the progress. The latest <see cref="Kept"/> jobs
/// are remembered, in memory only: a restarted server starts with none.
/// </summary>
public sealed partial class IngestJobs(IHostApplicationLifetime lifetime, ILogger<IngestJobs> logger)
{
    public const int Kept = 50;

    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);

    public IngestJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>The remembered jobs, latest first.</summary>
    public IReadOnlyList<IngestProgress> Recent() =>
        [.. _jobs.Values.Select(j => j.Progress).OrderByDescending(p => p.Started).ThenBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>Starts <paramref name="work"/> in the background; <paramref name="cleanup"/> runs once it ends, however it ends.</summary>
    public IngestJob Start(string kind, string label, int? total, Func<IngestJob, CancellationToken, AnalysisReport> work, Action? cleanup = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var job = new IngestJob(Guid.NewGuid().ToString("N")[..12], kind, label, total, DateTimeOffset.UtcNow);
        _jobs[job.Id] = job;
        Forget();
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(() =>
        {
            try
            {
                job.Finish(work(job, stopping), DateTimeOffset.UtcNow);
            }
            catch (OperationCanceledException)
            {
                job.Fail("the server stopped before the job ended", DateTimeOffset.UtcNow);
            }
            catch (CaravanException e)
            {
                job.Fail(e.Message, DateTimeOffset.UtcNow);
            }
            catch (Exception e)
            {
                // A background job records any failure on its page rather than end the process.
                LogJobFailed(logger, e, job.Id);
                job.Fail("unexpected error (see the server log)", DateTimeOffset.UtcNow);
            }
            finally
            {
                cleanup?.Invoke();
            }
        }, CancellationToken.None);
        return job;
    }

    private void Forget()
    {
        foreach (var old in Recent().Where(p => p.IsFinished).Skip(Kept))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "ingestion job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string jobId);
}
