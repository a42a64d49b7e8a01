using System.CommandLine;
using System.Text.Json;
using Caravan.Core.Model;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan entities FILE... [--lang xx] [--out FILE.jsonl]`: the actors of plain-text articles, one
/// JSON line each in the shape of `analyze`'s "entities" (CONTRACTS.md), most mentioned first.
/// </summary>
internal static class EntitiesVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "plain-text articles, in stream order", Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string?>("--lang") { Description = "language of every article (default: guessed per article)" };
        var output = new Option<string?>("--out") { Description = "output file (default: stdout)" };
        var command = new Command("entities", "List the actors (merged name variants) of plain-text articles.") { files, lang, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var documents = new List<(string Id, string Text)>();
            foreach (var path in parse.GetValue(files)!)
            {
                using var reader = CliIo.OpenInput(path);
                documents.Add((Path.GetFileNameWithoutExtension(path), reader.ReadToEnd()));
            }

            var actors = new PlainTextActors(ModelCatalog.Default).Find(documents, parse.GetValue(lang));
            using var writer = CliIo.OpenOutput(parse.GetValue(output));
            foreach (var a in actors)
            {
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = a.Id,
                    name = a.Name,
                    type = a.Type.ToTag(),
                    variants = a.Variants.Select(v => v.Surface).Distinct(StringComparer.Ordinal),
                    documents = a.Documents,
                    mentions = a.Mentions,
                }, CliIo.Json));
            }

            return 0;
        }));
        return command;
    }
}
