using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Pipeline;

public static class EntityPipelineExtensions
{
    /// <summary>Adds named-entity recognition (needs sentences; produces mentions with matching keys).</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, ModelCatalog models) =>
        builder.Use(new EntityStage(new NerModels(models), new EntityKeys(IcuGazetteer.WithCapitals)));
}
