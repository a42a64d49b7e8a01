using System.Diagnostics;
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
        int maxParallelism)
    {
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

    /// <summary>"name@version" of every stage, stored with results so upgraded stages can be redone.</summary>
    public string Signature => string.Join(",",
        ArticleStages.Select(s => s.Info).Concat(CorpusStages.Select(s => s.Info))
            .Select(i => FormattableString.Invariant($"{i.Name}@{i.Version}")));

    /// <summary>Runs the per-article stages on one article (thread-safe).</summary>
    public Article ProcessArticle(Article article, CancellationToken cancellationToken = default) =>
        ProcessArticle(article, clock: null, cancellationToken);

    /// <summary>Runs the per-article stages on one article, adding each stage's time to <paramref name="clock"/>.</summary>
    public Article ProcessArticle(Article article, StageClock? clock, CancellationToken cancellationToken = default)
    {
        foreach (var stage in ArticleStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            try
            {
                article = stage.Process(article, cancellationToken) with
                {
                    Features = article.Features | stage.Info.Produces,
                };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new StageFailedException(stage.Info.Name, e);
            }

            clock?.Add(stage.Info.Name, start);
        }

        return article;
    }

    /// <summary>Opens a run holding fresh corpus state.</summary>
    public PipelineRun Open() => new(this, [.. CorpusStages.Select(s => s.Open())]);
}
