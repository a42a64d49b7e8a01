using Caravan.Core.Model;
using System.CommandLine;
using Caravan.Core.Errors;
using Caravan.Pipeline.Stages.Extraction;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan extract PATH... [--out FILE.jsonl]`: one JSON line per HTML file (CONTRACTS.md).</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "HTML files (.html, .htm, .html.gz) or folders searched recursively", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write JSON lines to this file instead of stdout" };
        var command = new Command("extract", "Extract title, text and metadata from HTML pages as JSON lines.") { paths, output };
        command.SetAction(parse => CliIo.Guard(() => Run(parse.GetValue(paths) ?? [], parse.GetValue(output))));
        return command;
    }

    private static int Run(string[] paths, string? output)
    {
        var files = HtmlInputs.Enumerate(paths);
        var options = ExtractionOptions.Default;
        var stage = new ExtractionStage(options);
        using var writer = CliIo.OpenOutput(output);
        foreach (var file in files)
        {
            var id = HtmlInputs.IdOf(file);
            try
            {
                var bytes = HtmlInputs.Read(file, options.MaxInputBytes);
                var article = stage.Process(ArticleRecords.Raw(id, file, bytes, SourceKind.Html), CancellationToken.None);
                writer.WriteLine(ArticleRecords.ToJson(article, file));
            }
            catch (CaravanException e)
            {
                CliIo.Warn($"{id}: skipped ({e.Message})");
            }
        }

        return 0;
    }
}
