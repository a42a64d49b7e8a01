using System.Globalization;
using System.Text.Json;
using Caravan.Core.Model;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Summaries;

namespace Caravan.Cli.Verbs;

/// <summary>Writes aggregated stories as JSON lines (the `stories` objects of `analyze --json`, plus summaries per language and topics).</summary>
internal static class StoryWriter
{
    public static void Write(string path, IReadOnlyList<Article> processed)
    {
        var lexicon = Lexicon.Open(ModelCatalog.Default);
        var aggregator = new StoryAggregator(TopicClassifier.Open(ModelCatalog.Default, lexicon));
        using var writer = CliIo.OpenOutput(path);
        foreach (var story in aggregator.Aggregate(processed))
        {
            writer.Write(JsonSerializer.Serialize(new
            {
                id = story.Id,
                title = story.Title,
                summary = story.Summary,
                language = story.Language,
                languages = story.Languages,
                documents = story.Documents,
                first_seen = Date(story.FirstSeen),
                last_seen = Date(story.LastSeen),
                independent_sources = story.IndependentSources,
                topics = story.Topics,
                summaries = story.Summaries.Select(s => new { language = s.Language, title = s.Title, summary = s.Summary, documents = s.Documents }),
            }, CliIo.Json));
            writer.Write('\n');
        }
    }

    private static string? Date(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
