using System.Diagnostics;
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

    /// <summary>
    /// Runs the articles through a fresh run in batches, handing each result on in input order; returns
    /// the time spent in each stage, and in reading the input ("read": enumerating <paramref name="articles"/>).
    /// </summary>
    public static ImmutableArray<StageTime> Run(ArticlePipeline pipeline, IEnumerable<Article> articles, Action<Article> onProcessed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(onProcessed);
        var run = pipeline.Open();
        using var input = articles.Chunk(256).GetEnumerator();
        while (true)
        {
            var start = Stopwatch.GetTimestamp();
            var more = input.MoveNext();
            run.Clock.Add("read", start);
            if (!more)
            {
                break;
            }

            foreach (var done in run.ProcessBatch(input.Current, cancellationToken))
            {
                onProcessed(done);
            }
        }

        return run.Clock.Snapshot();
    }
}
