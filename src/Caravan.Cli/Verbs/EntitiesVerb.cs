using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Pipeline.Output;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan entities` and `caravan entity NAME`: the actors in the store.</summary>
internal static class EntitiesVerb
{
    public static Command CreateList()
    {
        var db = StoreOptions.Db();
        var type = new Option<string?>("--type") { Description = "Only this type: PER, ORG, LOC or MISC." };
        var json = new Option<bool>("--json") { Description = "JSON lines instead of text." };
        var command = new Command("entities", "List the actors in the store, most mentioned first.") { db, type, json };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var document = StoriesVerb.Load(parse.GetValue(db)!);
            var only = parse.GetValue(type);
            using var output = CliIo.OpenOutput(null);
            foreach (var entity in document.Entities.Where(e => only is null || string.Equals(e.Type, only, StringComparison.OrdinalIgnoreCase)))
            {
                output.WriteLine(parse.GetValue(json)
                    ? JsonSerializer.Serialize(entity, CliIo.Json)
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{entity.Name}\t{entity.Type}\t{entity.Mentions} mentions\t{string.Join(" | ", entity.Variants)}"));
            }

            return 0;
        }));
        return command;
    }

    public static Command CreateShow()
    {
        var name = new Argument<string>("NAME") { Description = "Any spelling of the actor's name." };
        var db = StoreOptions.Db();
        var command = new Command("entity", "Show one actor in any spelling: variants, articles, quotes by it, relations (JSON).") { name, db };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var document = StoriesVerb.Load(parse.GetValue(db)!);
            var entity = CorpusQueries.FindEntity(document, parse.GetValue(name)!)
                ?? throw new CaravanException(ErrorCode.BadArgument, $"no actor named '{parse.GetValue(name)}' in the store");
            var detail = new
            {
                entity,
                quotes = document.Quotes.Where(q => string.Equals(q.Speaker, entity.Name, StringComparison.Ordinal)),
                relations = document.Relations.Where(r => string.Equals(r.Source, entity.Name, StringComparison.Ordinal) || string.Equals(r.Target, entity.Name, StringComparison.Ordinal)),
            };
            using var output = CliIo.OpenOutput(null);
            output.WriteLine(JsonSerializer.Serialize(detail, CliIo.JsonIndented));
            return 0;
        }));
        return command;
    }
}
