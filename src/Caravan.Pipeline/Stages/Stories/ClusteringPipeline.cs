using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// The pipeline behind `caravan cluster`: articles that already carry text and a language (from JSON
/// lines) go through fingerprints, deduplication and stories, in input order.
/// </summary>
public static class ClusteringPipeline
{
    public static ArticlePipeline Create(Lexicon lexicon, FingerprintOptions? fingerprints = null,
        DeduplicationOptions? deduplication = null, StoryOptions? stories = null, int maxParallelism = 1) =>
        new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language, MaxParallelism = maxParallelism }
            .UseFingerprints(fingerprints, lexicon)
            .UseDeduplication(deduplication)
            .UseStories(stories)
            .Build();

    /// <summary>Runs the articles through a fresh run in batches, handing each result on in input order.</summary>
    public static void Run(ArticlePipeline pipeline, IEnumerable<Article> articles, Action<Article> onProcessed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(onProcessed);
        var run = pipeline.Open();
        foreach (var batch in articles.Chunk(256))
        {
            foreach (var done in run.ProcessBatch(batch, cancellationToken))
            {
                onProcessed(done);
            }
        }
    }
}
