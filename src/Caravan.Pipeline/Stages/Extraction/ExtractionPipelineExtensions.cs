using Caravan.Pipeline.Stages.Extraction;

namespace Caravan.Pipeline;

public static class ExtractionPipelineExtensions
{
    /// <summary>Adds extraction: raw HTML, plain text or JSON-lines text to title, text and metadata (needs raw bytes).</summary>
    public static PipelineBuilder UseExtraction(this PipelineBuilder b, ExtractionOptions? options = null) =>
        b.Use(new ExtractionStage(options));
}
