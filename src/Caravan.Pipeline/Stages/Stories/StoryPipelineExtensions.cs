using Caravan.Pipeline.Stages.Stories;

namespace Caravan.Pipeline;

public static class StoryPipelineExtensions
{
    /// <summary>Adds online story clustering (needs fingerprints and deduplication; sets StoryId).</summary>
    public static PipelineBuilder UseStories(this PipelineBuilder builder, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new StoryStage(options));
    }
}
