using System.Diagnostics;
using Caravan.Core.Storage;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Pipeline.Jobs;

/// <summary>
/// The main job: ingest inputs, run the pipeline, store each batch atomically, then rebuild the corpus
/// picture. Resumable: articles already in the store are replayed into the corpus state (not
/// reprocessed), so a run killed at any point and started again ends with the same store as an
/// uninterrupted run. When the pipeline's stage versions differ from those the store was made with,
/// every stored raw document is processed anew.
/// </summary>
public sealed class AnalysisJob(ArticlePipeline pipeline, ICorpusAggregator aggregator, IArticleStore store, AnalysisOptions? options = null)
{
    private readonly AnalysisOptions _options = options ?? new AnalysisOptions();

    /// <summary>Reports each input that was skipped (problem or stage failure), as one line naming it.</summary>
    public event Action<string>? Problem;

    public event Action<AnalysisProgress>? Progress;

    /// <summary>Raised once the corpus picture is stored (hook for derived indexes: search).</summary>
    public event Action<CorpusResult>? CorpusStored;

    /// <summary>Ingests files and folders (text, HTML, JSON lines, WARC) and processes what is new.</summary>
    public AnalysisReport Run(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Run(new FileSource(_options.Ingest).Read(paths), reprocessAll: false, cancellationToken);

    /// <summary>Processes documents from any source (feeds, an API) the same way as files.</summary>
    public AnalysisReport Run(IEnumerable<IngestItem> items, CancellationToken cancellationToken = default) =>
        Run(items, reprocessAll: false, cancellationToken);

    /// <summary>Runs every stored raw document through the current pipeline anew; the originals stay.</summary>
    public AnalysisReport Reprocess(CancellationToken cancellationToken = default) =>
        Run([], reprocessAll: true, cancellationToken);

    private AnalysisReport Run(IEnumerable<IngestItem> items, bool reprocessAll, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var backlog = Enumerable.Empty<IngestItem>();
        if (reprocessAll || store.PipelineSignature is { } signature && !string.Equals(signature, pipeline.Signature, StringComparison.Ordinal))
        {
            // Stage versions changed (or asked for): keep the originals, redo everything derived from them.
            backlog = [.. store.ReadRawDocuments().Select(raw => new IngestedDocument(raw))];
            store.ClearProcessed();
        }
        else if (store.Counts() is var counts && counts.RawDocuments > counts.Articles)
        {
            // A reprocessing run was killed after clearing: the raw documents not yet processed again come first.
            var done = store.ArticleIds().Values.ToHashSet(StringComparer.Ordinal);
            backlog = [.. store.ReadRawDocuments().Where(raw => !done.Contains(raw.ContentHash)).Select(raw => new IngestedDocument(raw))];
        }

        var run = pipeline.Open();
        var timings = run.Clock;
        var processed = new HashSet<string>(StringComparer.Ordinal);
        var restoreStart = Stopwatch.GetTimestamp();
        run.Restore(store.ReadArticles(), article => processed.Add(article.ContentHash));

        timings.Add(Steps.Restore, restoreStart);

        var alreadyStored = 0;
        var duplicates = 0;
        var problems = 0;
        var failures = 0;
        var ingested = 0;
        var ids = new UniqueIds(store.ArticleIds());
        var batch = new List<RawDocument>(_options.BatchSize);
        var stored = new HashSet<string>(processed, StringComparer.Ordinal);

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var pipelineStart = Stopwatch.GetTimestamp();
            var done = run.ProcessBatch([.. batch.Select(r => r.ToArticle())], cancellationToken, failure =>
            {
                failures++;
                Problem?.Invoke(failure.ToString());
            });
            timings.Add(Steps.Pipeline, pipelineStart);
            var storeStart = Stopwatch.GetTimestamp();
            var byId = batch.ToDictionary(r => r.Id, StringComparer.Ordinal);
            store.SaveBatch([.. done.Select(a => (byId[a.Id], a))], pipeline.Signature);
            timings.Add(Steps.Store, storeStart);
            ingested += done.Count;
            batch.Clear();
            Progress?.Invoke(new AnalysisProgress(ingested, alreadyStored + duplicates + problems + failures));
        }

        foreach (var item in backlog.Concat(items))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is InputProblem problem)
            {
                problems++;
                Problem?.Invoke(problem.ToString());
                continue;
            }

            var raw = ((IngestedDocument)item).Document;
            if (!processed.Add(raw.ContentHash))
            {
                // Same bytes as a stored or earlier input: stored once.
                if (stored.Contains(raw.ContentHash))
                {
                    alreadyStored++;
                }
                else
                {
                    duplicates++;
                }

                continue;
            }

            batch.Add(raw with { Id = ids.Assign(raw) });
            if (batch.Count >= _options.BatchSize)
            {
                Flush();
            }
        }

        Flush();
        // Stores leave fingerprints out (recomputed on replay): aggregation, the search index and the output never read
        // them, and they were a third of an article in memory (issue #8: under 2 GB for 100k articles).
        var articles = timings.Time(Steps.Reread, () => store.ReadArticles().ToList());
        var corpus = timings.Time(Steps.Aggregate, () => aggregator.Aggregate(articles));
        var corpusStart = Stopwatch.GetTimestamp();
        store.ReplaceCorpus(corpus);
        timings.Add(Steps.StoreCorpus, corpusStart);
        var indexStart = Stopwatch.GetTimestamp();
        CorpusStored?.Invoke(corpus);
        timings.Add(Steps.Index, indexStart);
        return new AnalysisReport(ingested, alreadyStored, duplicates, problems, failures, clock.Elapsed, corpus) { Timings = timings.Snapshot() };
    }

    /// <summary>Names of the job's own steps in <see cref="AnalysisReport.Timings"/>.</summary>
    private static class Steps
    {
        public const string Restore = "replay stored articles";
        public const string Pipeline = "pipeline (wall)";
        public const string Store = "store batches";
        public const string Reread = "read stored articles";
        public const string Aggregate = "aggregate";
        public const string StoreCorpus = "store corpus";
        public const string Index = "index";
    }
}
