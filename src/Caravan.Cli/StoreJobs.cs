using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Jobs;
using Caravan.Cli.Rendering;
using Caravan.Storage;

namespace Caravan.Cli;

/// <summary>
/// Runs the analysis job on a store the way every writing verb does (analyze, ingest,
/// reprocess, watch): warnings on stderr, a progress line, and the search index brought up to date
/// once the corpus is stored.
/// </summary>
internal static class StoreJobs
{
    public static AnalysisReport Run(StoreLocation db, Func<AnalysisJob, AnalysisReport> body, CancellationToken cancellationToken)
    {
        using var store = db.OpenStore();
        using var index = db.OpenIndex();
        var job = new AnalysisJob(CaravanPipelines.CreateDefault(), CaravanPipelines.CreateAggregator(), store);
        job.Problem += CliIo.Warn;
        job.CorpusStored += corpus => index.Update(corpus, cancellationToken);
        using var progress = new ProgressLine();
        job.Progress += progress.Report;
        return body(job);
    }

    /// <summary>Fails with one line naming the first input that does not exist.</summary>
    public static void RequireInputs(IEnumerable<string> inputs)
    {
        foreach (var missing in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{missing}: no such file or folder");
        }
    }

    /// <summary>One line with the time of each step of a run (`--timings`).</summary>
    public static string Timings(AnalysisReport report) => Timings(report.Timings);

    /// <summary>One line with the time of each step (`--timings`).</summary>
    public static string Timings(IEnumerable<StageTime> times) =>
        "time by step: " + string.Join(", ", times.Select(t => FormattableString.Invariant($"{t.Step} {t.Elapsed.TotalSeconds:F2} s")));

    /// <summary>One summary line of a run, for the verbs that print no overview.</summary>
    public static string Summary(AnalysisReport report) => FormattableString.Invariant(
        $"{report.Ingested} processed, {report.AlreadyStored} already stored, {report.DuplicateInputs} duplicate inputs, {report.Problems} problems, {report.Failures} failures in {report.Elapsed.TotalSeconds:F1} s; store: {report.Corpus.Articles.Length} articles, {report.Corpus.Actors.Length} actors");
}
