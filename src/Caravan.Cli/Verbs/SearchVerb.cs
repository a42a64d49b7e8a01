using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Caravan.Pipeline.Output;
using Caravan.Core.Errors;
using Caravan.Core.Search;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan search "query" [--db DIR] [--lang xx] [--since DATE] [--actor NAME] [--site S] [--story ID] [--limit N] [--json]`.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var text = new Argument<string>("QUERY") { Description = "Words to find (all required); an actor's name in any spelling finds the actor in every language.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var db = StoreOptions.Db();
        var lang = new Option<string?>("--lang") { Description = "Only articles in this language (ISO code)." };
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date (2024-05-01)." };
        var actor = new Option<string?>("--actor") { Description = "Only articles about this actor (any spelling, or an actor id)." };
        var site = new Option<string?>("--site") { Description = "Only articles from this site." };
        var story = new Option<string?>("--story") { Description = "Only articles of this story." };
        var limit = new Option<int>("--limit") { Description = "Most hits shown.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "JSON lines: one per hit, then one with the total and facets." };
        var command = new Command("search", "Search the articles in the store (full text in every language, facets, snippets).")
        {
            text, db, lang, since, actor, site, story, limit, json,
        };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            location.RequireStore();
            var sinceText = parse.GetValue(since);
            var query = new SearchQuery
            {
                Text = parse.GetValue(text) ?? "",
                Language = parse.GetValue(lang),
                Since = sinceText is null ? null : JsonLinesReader.ParseDate(sinceText)
                    ?? throw new CaravanException(ErrorCode.BadArgument, $"--since '{sinceText}': not a date (expected 2024-05-01)"),
                Actor = parse.GetValue(actor),
                Site = parse.GetValue(site),
                StoryId = parse.GetValue(story),
                Limit = parse.GetValue(limit) is var n and > 0 ? n
                    : throw new CaravanException(ErrorCode.BadArgument, "--limit must be a positive number"),
            };
            using var index = location.OpenIndex();
            var results = index.Search(query);
            using var output = CliIo.OpenOutput(null);
            if (parse.GetValue(json))
            {
                WriteJson(output, results);
            }
            else
            {
                WriteText(output, query, results);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteJson(TextWriter output, SearchResults results)
    {
        foreach (var hit in results.Hits)
        {
            // A "type" member first tells hit lines from the closing summary line.
            var record = JsonSerializer.SerializeToNode(SearchHitRecord.From(hit), CliIo.Json)!.AsObject();
            record.Insert(0, "type", "hit");
            output.WriteLine(record.ToJsonString(CliIo.Json));
        }

        output.WriteLine(JsonSerializer.Serialize(new
        {
            type = "summary",
            total = results.Total,
            actors = SearchFacetsRecord.ActorsOf(results),
            facets = SearchFacetsRecord.From(results.Facets),
        }, CliIo.Json));
    }

    private static void WriteText(TextWriter output, SearchQuery query, SearchResults results)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Total} articles match \"{query.Text}\""));
        foreach (var actor in results.Actors.Take(5))
        {
            output.WriteLine($"  \"{actor.MatchedText}\" = actor {actor.Name} ({actor.Id}): its articles in every language and spelling");
        }

        if (results.Actors.Length > 5)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {results.Actors.Length - 5} more actors"));
        }

        foreach (var hit in results.Hits)
        {
            var date = hit.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
            output.WriteLine();
            output.WriteLine($"{hit.Id}\t{hit.Language}\t{date}\t{hit.Title}");
            output.WriteLine("    " + hit.MarkedSnippet("[", "]"));
        }

        output.WriteLine();
        WriteFacet(output, "languages", results.Facets.Languages);
        WriteFacet(output, "sites", results.Facets.Sites);
        WriteFacet(output, "actors", results.Facets.Actors);
        WriteFacet(output, "days", results.Facets.Days);
    }

    private static void WriteFacet(TextWriter output, string name, ImmutableArray<FacetCount> counts)
    {
        if (counts.Length > 0)
        {
            output.WriteLine($"{name}: " + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.Count}"))));
        }
    }
}
