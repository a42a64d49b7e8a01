using System.Diagnostics;
using System.Runtime.CompilerServices;
using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// One ordered stream through a pipeline. Per-article stages run in parallel over small batches;
/// corpus stages then see the articles one at a time in input order, so results are deterministic.
/// </summary>
public sealed class PipelineRun
{
    private readonly ArticlePipeline _pipeline;
    private const int RestoreChunk = 256;
    private readonly ImmutableArray<ICorpusSession> _sessions;

    internal PipelineRun(ArticlePipeline pipeline, ImmutableArray<ICorpusSession> sessions)
    {
        _pipeline = pipeline;
        _sessions = sessions;
    }

    /// <summary>Time spent in each stage by this run (per-article stages in thread time).</summary>
    public StageClock Clock { get; } = new();

    /// <summary>
    /// Replays an article that an earlier run already processed, rebuilding corpus state; outputs the store left
    /// out are computed again first (<see cref="ArticlePipeline.Recompute"/>).
    /// </summary>
    public void Restore(Article processed)
    {
        processed = _pipeline.Recompute(processed);
        foreach (var session in _sessions)
        {
            session.Restore(processed);
        }
    }

    /// <summary>
    /// Replays stored articles in order, as <see cref="Restore(Article)"/> does one by one, computing the left-out
    /// outputs of each chunk in parallel; <paramref name="onRestored"/> sees each article once it is replayed.
    /// </summary>
    public void Restore(IEnumerable<Article> processed, Action<Article>? onRestored = null)
    {
        ArgumentNullException.ThrowIfNull(processed);
        foreach (var chunk in processed.Chunk(RestoreChunk))
        {
            var ready = new Article[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = _pipeline.MaxParallelism },
                i => ready[i] = _pipeline.Recompute(chunk[i]));
            foreach (var article in ready)
            {
                Restore(article);
                onRestored?.Invoke(article);
            }
        }
    }

    /// <summary>Processes one article fully (per-article stages, then corpus stages).</summary>
    public Article Process(Article article, CancellationToken cancellationToken = default) =>
        ApplyCorpusStages(_pipeline.ProcessArticle(article, Clock, cancellationToken), cancellationToken);

    /// <summary>
    /// Processes a batch in order; per-article stages in parallel. An article on which a stage fails is
    /// reported to <paramref name="onFailure"/> (or rethrown when none is given) and left out.
    /// </summary>
    public IReadOnlyList<Article> ProcessBatch(
        IReadOnlyList<Article> batch,
        CancellationToken cancellationToken = default,
        Action<ArticleFailure>? onFailure = null)
    {
        var stageResults = new Article?[batch.Count];
        var failures = new ArticleFailure?[batch.Count];
        Parallel.For(0, batch.Count,
            new ParallelOptions { MaxDegreeOfParallelism = _pipeline.MaxParallelism, CancellationToken = cancellationToken },
            i =>
            {
                try
                {
                    stageResults[i] = _pipeline.ProcessArticle(batch[i], Clock, cancellationToken);
                }
                catch (StageFailedException e) when (onFailure is not null)
                {
                    failures[i] = new ArticleFailure(batch[i].Id, batch[i].Source.Path, e.Stage, e.InnerException ?? e);
                }
            });
        var done = new List<Article>(batch.Count);
        for (var i = 0; i < stageResults.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                onFailure!(failure);
                continue;
            }

            try
            {
                done.Add(ApplyCorpusStages(stageResults[i]!, cancellationToken));
            }
            catch (StageFailedException e) when (onFailure is not null)
            {
                onFailure(new ArticleFailure(batch[i].Id, batch[i].Source.Path, e.Stage, e.InnerException ?? e));
            }
        }

        return done;
    }

    /// <summary>
    /// Runs only the corpus stages, in order, over articles whose per-article stages ran elsewhere (a
    /// cluster worker, see <see cref="ArticlePipeline.ProcessArticle(Article, CancellationToken)"/>). An article on which a corpus
    /// stage fails is reported to <paramref name="onFailure"/> and left out.
    /// </summary>
    public IReadOnlyList<Article> ProcessCorpusStages(
        IReadOnlyList<Article> processed,
        Action<ArticleFailure> onFailure,
        CancellationToken cancellationToken = default)
    {
        var done = new List<Article>(processed.Count);
        foreach (var article in processed)
        {
            try
            {
                done.Add(ApplyCorpusStages(article, cancellationToken));
            }
            catch (StageFailedException e)
            {
                onFailure(new ArticleFailure(article.Id, article.Source.Path, e.Stage, e.InnerException ?? e));
            }
        }

        return done;
    }

    /// <summary>Streams articles through the pipeline, preserving input order.</summary>
    public async IAsyncEnumerable<Article> ProcessAsync(
        IAsyncEnumerable<Article> articles,
        int batchSize = 32,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<Article>(batchSize);
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            batch.Add(article);
            if (batch.Count < batchSize)
            {
                continue;
            }

            foreach (var done in ProcessBatch(batch, cancellationToken))
            {
                yield return done;
            }

            batch.Clear();
        }

        foreach (var done in ProcessBatch(batch, cancellationToken))
        {
            yield return done;
        }
    }

    private Article ApplyCorpusStages(Article article, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _sessions.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            try
            {
                article = _sessions[i].Process(article, cancellationToken) with
                {
                    Features = article.Features | _pipeline.CorpusStages[i].Info.Produces,
                };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new StageFailedException(_pipeline.CorpusStages[i].Info.Name, e);
            }

            Clock.Add(_pipeline.CorpusStages[i].Info.Name, start);
        }

        return article;
    }
}
