using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Pipeline.Output;
using Caravan.Storage;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan stories` and `caravan story ID`: the stories in the store.</summary>
internal static class StoriesVerb
{
    public static Command CreateList()
    {
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "JSON lines instead of text." };
        var command = new Command("stories", "List the stories in the store, largest first.") { db, json };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var document = Load(parse.GetValue(db)!);
            using var output = CliIo.OpenOutput(null);
            foreach (var story in document.Stories.OrderByDescending(s => s.Documents.Length).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                output.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(story, CliIo.Json)
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{story.Id}\t{story.Documents.Length} articles\t{string.Join(",", story.Languages)}\t{story.Title}"));
            }

            return 0;
        }));
        return command;
    }

    public static Command CreateShow()
    {
        var id = new Argument<string>("ID") { Description = "Story id (see `caravan stories`)." };
        var db = StoreOptions.Db();
        var command = new Command("story", "Show one story: summary, articles, quotes (JSON).") { id, db };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var document = Load(parse.GetValue(db)!);
            var wanted = parse.GetValue(id)!;
            var story = CorpusQueries.FindStory(document, wanted)
                ?? throw new CaravanException(ErrorCode.BadArgument, $"no story '{wanted}' in the store");
            var members = story.Documents.ToHashSet(StringComparer.Ordinal);
            var detail = new
            {
                story,
                documents = document.Documents.Where(d => members.Contains(d.Id)),
                quotes = document.Quotes.Where(q => members.Contains(q.Doc)),
                relations = document.Relations.Where(r => r.Documents.Any(members.Contains)),
            };
            using var output = CliIo.OpenOutput(null);
            output.WriteLine(JsonSerializer.Serialize(detail, CliIo.JsonIndented));
            return 0;
        }));
        return command;
    }

    internal static AnalysisDocument Load(StoreLocation location)
    {
        location.RequireStore();
        using var store = location.OpenStore();
        return AnalysisDocumentBuilder.Build(store.ReadCorpus());
    }
}
