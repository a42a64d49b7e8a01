using System.CommandLine;
using System.Text.Json;
using Caravan.Pipeline.Output;
using Caravan.Cli.Rendering;
using Caravan.Pipeline.Stages.Relations.Network;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan analyze PATH... [--db DIR] [--json FILE] [--report FILE.html]`: the main job.</summary>
internal static class AnalyzeVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: .txt, .html, .htm, .html.gz, .jsonl.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var json = new Option<string?>("--json") { Description = "Also write the analysis as one JSON document (CONTRACTS.md shape)." };
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the overview." };
        var command = new Command("analyze", "Ingest documents, run the whole pipeline, store the results and print an overview.")
        {
            paths, db, json, report, quiet,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var inputs = parse.GetValue(paths)!;
            StoreJobs.RequireInputs(inputs);
            var result = StoreJobs.Run(parse.GetValue(db)!, job => job.Run(inputs, cancellationToken), cancellationToken);
            var document = AnalysisDocumentBuilder.Build(result.Corpus);
            if (parse.GetValue(json) is { } jsonPath)
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(document, CliIo.JsonIndented));
            }

            if (parse.GetValue(report) is { } reportPath)
            {
                var network = ActorGraph.Build(result.Corpus.Actors, result.Corpus.Relations, result.Corpus.Articles);
                File.WriteAllText(reportPath, HtmlReport.Render(result.Corpus, document, ActorGraphSvg.RenderSvg(network)));
            }

            if (!parse.GetValue(quiet))
            {
                Overview.Print(result, document);
            }

            return 0;
        })));
        return command;
    }
}
