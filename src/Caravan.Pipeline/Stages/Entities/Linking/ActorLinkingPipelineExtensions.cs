using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline;

public static class ActorLinkingPipelineExtensions
{
    /// <summary>Adds cross-document actor linking (a corpus stage; needs mentions; sets Mention.ActorId).</summary>
    public static PipelineBuilder UseActorLinking(this PipelineBuilder builder) =>
        builder.Use(new ActorLinkingStage(new EntityKeys(IcuGazetteer.WithCapitals)));
}
