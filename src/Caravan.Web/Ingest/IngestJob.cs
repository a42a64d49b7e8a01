using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Jobs;

namespace Caravan.Web.Ingest;

/// <summary>
/// One ingestion run from the web. The runner reports through the methods here (from one thread);
/// pages and the API read <see cref="Progress"/>, an immutable record replaced on each change.
/// </summary>
public sealed class IngestJob
{
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal);
    private volatile IngestProgress _progress;

    internal IngestJob(string id, string kind, string label, int? total, DateTimeOffset now) =>
        _progress = new IngestProgress(id, kind, label, IngestState.Queued, total, 0, 0, 0, [], [], now, null, null);

    public IngestProgress Progress => _progress;

    public string Id => _progress.Id;

    /// <summary>The items, counted as the pipeline reads them; the documents' hashes are kept to list the job's articles at the end.</summary>
    internal IEnumerable<IngestItem> Counting(IEnumerable<IngestItem> items)
    {
        _progress = _progress with { State = IngestState.Running };
        foreach (var item in items)
        {
            if (item is IngestedDocument document)
            {
                _hashes.Add(document.Document.ContentHash);
            }

            _progress = _progress with { Read = _progress.Read + 1 };
            yield return item;
        }
    }

    internal void OnProgress(AnalysisProgress progress) =>
        _progress = _progress with { Stored = progress.Processed, Skipped = progress.Skipped };

    internal void OnProblem(string problem)
    {
        if (_progress.Problems.Length < IngestProgress.MaxProblems)
        {
            _progress = _progress with { Problems = _progress.Problems.Add(problem) };
        }
    }

    internal void Finish(AnalysisReport report, DateTimeOffset now)
    {
        var articles = report.Corpus.Articles
            .Where(a => _hashes.Contains(a.ContentHash))
            .Select(a => new IngestedArticle(a.Id, a.Title, a.Language, a.StoryId));
        _progress = _progress with
        {
            State = IngestState.Done,
            Stored = report.Ingested,
            Skipped = report.AlreadyStored + report.DuplicateInputs + report.Problems + report.Failures,
            Articles = [.. articles],
            Finished = now,
        };
    }

    internal void Fail(string error, DateTimeOffset now) =>
        _progress = _progress with { State = IngestState.Failed, Error = error, Finished = now };
}
