using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline;

public static class DeduplicationPipelineExtensions
{
    /// <summary>Adds near-duplicate and wire-copy linking (needs fingerprints; sets DuplicateOf).</summary>
    public static PipelineBuilder UseDeduplication(this PipelineBuilder builder, DeduplicationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DeduplicationStage(options));
    }
}
