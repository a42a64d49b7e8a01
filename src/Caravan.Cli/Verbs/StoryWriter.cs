using System.Text.Json;
using Caravan.Pipeline;
using Caravan.Pipeline.Output;

namespace Caravan.Cli.Verbs;

/// <summary>Writes aggregated stories as JSON lines (the `stories` objects of `analyze --json`, with summaries per language and topics).</summary>
internal static class StoryWriter
{
    public static void Write(string path, IReadOnlyList<Article> processed)
    {
        using var writer = CliIo.OpenOutput(path);
        foreach (var story in CaravanPipelines.CreateStoryAggregator().Aggregate(processed))
        {
            writer.Write(JsonSerializer.Serialize(AnalysisDocumentBuilder.ToRecord(story), CliIo.Json));
            writer.Write('\n');
        }
    }
}
