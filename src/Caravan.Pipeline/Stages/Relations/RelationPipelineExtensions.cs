using Caravan.Pipeline.Stages.Relations;

namespace Caravan.Pipeline;

public static class RelationPipelineExtensions
{
    /// <summary>Adds event extraction between actors, typed with CAMEO root codes (needs sentences and mentions).</summary>
    public static PipelineBuilder UseRelations(this PipelineBuilder builder) => builder.Use(new RelationStage());
}
