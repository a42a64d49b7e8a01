using Caravan.Core.Errors;
using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// Assembles stages in order and freezes them into an <see cref="ArticlePipeline"/>. Each capability
/// adds itself with a <c>UseX()</c> extension method. <see cref="Build"/> checks that every stage's
/// requirements are produced by the stages before it.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleStage> _articleStages = [];
    private readonly List<ICorpusStage> _corpusStages = [];
    private readonly List<object> _order = [];

    /// <summary>Features every ingested article starts with.</summary>
    public ArticleFeatures Initial { get; set; } = ArticleFeatures.Raw;

    /// <summary>Degree of parallelism for article stages (default: processor count).</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Per-document limits (text length, time per stage).</summary>
    public PipelineLimits Limits { get; set; } = PipelineLimits.Default;

    public PipelineBuilder Use(IArticleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _articleStages.Add(stage);
        _order.Add(stage);
        return this;
    }

    public PipelineBuilder Use(ICorpusStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _corpusStages.Add(stage);
        _order.Add(stage);
        return this;
    }

    public ArticlePipeline Build()
    {
        var available = Initial;
        var seenCorpusStage = (ICorpusStage?)null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in _order)
        {
            var info = item is IArticleStage a ? a.Info : ((ICorpusStage)item).Info;
            if (!names.Add(info.Name))
            {
                throw new CaravanException(ErrorCode.PipelineOrder, $"stage '{info.Name}' is added twice");
            }

            if (item is IArticleStage && seenCorpusStage is not null)
            {
                // Article stages run in parallel before the ordered corpus stages.
                throw new CaravanException(ErrorCode.PipelineOrder,
                    $"article stage '{info.Name}' comes after corpus stage '{seenCorpusStage.Info.Name}'; " +
                    "add every per-article stage before the corpus stages");
            }

            var missing = info.Requires & ~available;
            if (missing != ArticleFeatures.None)
            {
                throw new CaravanException(ErrorCode.PipelineOrder,
                    $"stage '{info.Name}' requires {missing}, which no earlier stage produces " +
                    $"(available: {available})");
            }

            available |= info.Produces;
            if (item is ICorpusStage c)
            {
                seenCorpusStage = c;
            }
        }

        return new ArticlePipeline([.. _articleStages], [.. _corpusStages], available, Math.Max(1, MaxParallelism), Limits);
    }
}
