using System.Diagnostics;
using Caravan.Core.Errors;
using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// A frozen, thread-safe pipeline: per-article stages followed by corpus stages. Corpus state lives
/// in a <see cref="PipelineRun"/>, opened once per ordered stream.
/// </summary>
public sealed class ArticlePipeline
{
    internal ArticlePipeline(
        ImmutableArray<IArticleStage> articleStages,
        ImmutableArray<ICorpusStage> corpusStages,
        ArticleFeatures produces,
        int maxParallelism,
        PipelineLimits limits)
    {
        Limits = limits;
        ArticleStages = articleStages;
        CorpusStages = corpusStages;
        Produces = produces;
        MaxParallelism = maxParallelism;
    }

    public ImmutableArray<IArticleStage> ArticleStages { get; }

    public ImmutableArray<ICorpusStage> CorpusStages { get; }

    /// <summary>Every feature a processed article carries.</summary>
    public ArticleFeatures Produces { get; }

    public int MaxParallelism { get; }

    public PipelineLimits Limits { get; }

    /// <summary>"name@version" of every stage, stored with results so upgraded stages can be redone.</summary>
    public string Signature => string.Join(",",
        ArticleStages.Select(s => s.Info).Concat(CorpusStages.Select(s => s.Info))
            .Select(i => FormattableString.Invariant($"{i.Name}@{i.Version}")));

    /// <summary>Runs the per-article stages on one article (thread-safe); see the overload with a clock.</summary>
    public Article ProcessArticle(Article article, CancellationToken cancellationToken = default) =>
        ProcessArticle(article, clock: null, cancellationToken);

    /// <summary>
    /// Runs the per-article stages on one article (thread-safe), adding each stage's time to <paramref name="clock"/>.
    /// Each stage runs within <see cref="PipelineLimits.StageTimeBudget"/>, and the text it works on is at most
    /// <see cref="PipelineLimits.MaxTextChars"/> long; past either the article fails with CARAVAN0010.
    /// </summary>
    public Article ProcessArticle(Article article, StageClock? clock, CancellationToken cancellationToken = default)
    {
        foreach (var stage in ArticleStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (article.Features.HasFlag(ArticleFeatures.Text) && article.Text.Length > Limits.MaxTextChars)
            {
                throw new StageFailedException(stage.Info.Name, new CaravanException(ErrorCode.LimitExceeded, FormattableString.Invariant(
                    $"the text has {article.Text.Length:N0} characters, over the limit of {Limits.MaxTextChars:N0} (PipelineLimits.MaxTextChars)")));
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Limits.StageTimeBudget);
            var start = Stopwatch.GetTimestamp();
            try
            {
                article = stage.Process(article, budget.Token) with
                {
                    Features = article.Features | stage.Info.Produces,
                };
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw OverBudget(stage);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new StageFailedException(stage.Info.Name, e);
            }

            if (Stopwatch.GetElapsedTime(start) > Limits.StageTimeBudget)
            {
                throw OverBudget(stage);
            }

            clock?.Add(stage.Info.Name, start);
        }

        return article;
    }

    private StageFailedException OverBudget(IArticleStage stage) =>
        new(stage.Info.Name, new CaravanException(ErrorCode.LimitExceeded, FormattableString.Invariant(
            $"stage '{stage.Info.Name}' ran past its time budget of {Limits.StageTimeBudget.TotalSeconds:0.#} s (PipelineLimits.StageTimeBudget)")));

    /// <summary>
    /// <paramref name="stored"/> with the outputs the stores leave out (<see cref="IRecomputableStage"/>) computed
    /// again. Thread-safe.
    /// </summary>
    public Article Recompute(Article stored)
    {
        foreach (var stage in ArticleStages)
        {
            if (stage is IRecomputableStage recomputable)
            {
                stored = recomputable.Recompute(stored);
            }
        }

        return stored;
    }

    /// <summary>Loads what the stages would otherwise load on first use (<see cref="IPreloadingStage"/>).</summary>
    public void Preload()
    {
        foreach (var stage in ArticleStages.OfType<IPreloadingStage>())
        {
            stage.Preload();
        }
    }

    /// <summary>Opens a run holding fresh corpus state.</summary>
    public PipelineRun Open() => new(this, [.. CorpusStages.Select(s => s.Open())]);
}
