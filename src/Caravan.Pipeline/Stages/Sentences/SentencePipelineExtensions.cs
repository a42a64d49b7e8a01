using Caravan.Pipeline.Stages.Sentences;

namespace Caravan.Pipeline;

public static class SentencePipelineExtensions
{
    /// <summary>Adds sentence splitting (needs text and language).</summary>
    public static PipelineBuilder UseSentences(this PipelineBuilder builder) => builder.Use(new SentenceStage());
}
