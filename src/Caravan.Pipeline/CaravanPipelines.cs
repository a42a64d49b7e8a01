using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Extraction;
using Caravan.Pipeline.Stages.Relations;
using Caravan.Pipeline.Stages.Summaries;

namespace Caravan.Pipeline;

/// <summary>The composition root: the default pipeline and corpus aggregation, in flow order.</summary>
public static class CaravanPipelines
{
    /// <summary>
    /// Every stage, in the order of the flow (ARCHITECTURE.md). Per-article stages first (they run in
    /// parallel), then the corpus stages (ordered, stateful).
    /// </summary>
    public static ArticlePipeline CreateDefault(ModelCatalog? models = null)
    {
        models ??= ModelCatalog.Default;
        return new PipelineBuilder()
            .UseExtraction()
            .UseLanguageIdentification(models)
            .UseSentences()
            .UseEntities(models)
            .UseQuotes()
            .UseRelations()
            .UseFingerprints()
            // Corpus stages: actors first, so stories can use cross-language actor identity.
            .UseActorLinking()
            .UseDeduplication()
            .UseStories()
            .Build();
    }

    /// <summary>Extraction and the article's language (no paragraph languages): the pipeline of `extract` and `clean`.</summary>
    public static ArticlePipeline CreateExtraction(ExtractionOptions? options = null, ModelCatalog? models = null) =>
        new PipelineBuilder()
            .UseExtraction(options)
            .UseDocumentLanguage(models ?? ModelCatalog.Default)
            .Build();

    /// <summary>
    /// For texts that are already extracted (JSON lines of the batch verbs): language (where the input
    /// gives none), sentences, entities, quotes, relations, then actor linking.
    /// </summary>
    public static ArticlePipeline CreateForTexts(ModelCatalog? models = null)
    {
        models ??= ModelCatalog.Default;
        return new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text }
            .UseLanguageIdentification(models)
            .UseSentences()
            .UseEntities(models)
            .UseQuotes()
            .UseRelations()
            .UseActorLinking()
            .Build();
    }

    /// <summary>Stories (titles, summaries, topics), actors and relations from processed articles.</summary>
    public static ICorpusAggregator CreateAggregator(ModelCatalog? models = null)
    {
        return new CorpusAggregator(CreateStoryAggregator(models));
    }

    /// <summary>Story titles, per-language summaries and topics, with the shipped topic model.</summary>
    public static StoryAggregator CreateStoryAggregator(ModelCatalog? models = null)
    {
        models ??= ModelCatalog.Default;
        return new StoryAggregator(TopicClassifier.Open(models, Lexicon.Open(models)));
    }

    private sealed class CorpusAggregator(StoryAggregator stories) : ICorpusAggregator
    {
        public CorpusResult Aggregate(IReadOnlyList<Article> articles) => new(
            [.. articles],
            stories.Aggregate(articles),
            ActorAggregator.Aggregate(articles),
            RelationAggregator.Aggregate(articles));
    }
}
