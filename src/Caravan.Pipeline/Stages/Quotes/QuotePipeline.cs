namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>The pipeline behind `caravan quotes`: sentences, mentions, quotations, relations.</summary>
public static class QuotePipeline
{
    /// <summary>
    /// Builds the pipeline for already extracted texts (JSON lines). <paramref name="entities"/> adds
    /// the per-article stages that produce mentions (and language identification where the input has
    /// no "lang"); <paramref name="corpus"/> the corpus stages after them (actor linking).
    /// </summary>
    public static ArticlePipeline Create(Action<PipelineBuilder>? entities = null, Action<PipelineBuilder>? corpus = null)
    {
        var builder = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language };
        builder.UseSentences();

        // MERGE (issue 7): the single spot where the lead wires language identification, entity
        // recognition and actor linking, e.g. `entities ??= b => b.UseEntities();` and
        // `corpus ??= b => b.UseActorLinking();`. Until then, with no
        // mention stage on this branch, articles enter with an empty mention list and every speaker is null.
        if (entities is null)
        {
            builder.Initial |= ArticleFeatures.Mentions;
        }
        else
        {
            entities(builder);
        }

        builder.UseQuotes().UseRelations();
        corpus?.Invoke(builder);
        return builder.Build();
    }
}
