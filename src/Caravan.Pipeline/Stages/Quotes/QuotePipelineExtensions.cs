using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline;

public static class QuotePipelineExtensions
{
    /// <summary>Adds quotation finding and speaker attribution (needs sentences and mentions).</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder, QuoteOptions? options = null) =>
        builder.Use(new QuoteStage(options));
}
