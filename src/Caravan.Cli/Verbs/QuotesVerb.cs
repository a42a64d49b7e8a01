using System.CommandLine;
using System.Text.Json;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan quotes DOCS.jsonl [--out FILE.jsonl]`: one JSON line per quotation (CONTRACTS.md).</summary>
internal static class QuotesVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("DOCS.jsonl") { Description = "JSON lines {\"id\", \"text\", \"lang\"?}; '-' for stdin." };
        var output = new Option<string?>("--out") { Description = "Output file (JSON lines); stdout when omitted." };
        var command = new Command("quotes", "Find quotations and their speakers in JSON-lines documents.") { input, output };
        command.SetAction(parse => CliIo.Guard(() => Run(parse.GetValue(input)!, parse.GetValue(output))));
        return command;
    }

    private static int Run(string path, string? outPath)
    {
        using var reader = CliIo.OpenInput(path);
        using var writer = CliIo.OpenOutput(outPath);
        var run = QuotePipeline.Create().Open();
        foreach (var document in JsonLinesReader.ReadArticles(reader, path, e => CliIo.Warn(e.Message)))
        {
            var article = run.Process(document);
            foreach (var record in QuoteRecord.Of(article))
            {
                writer.WriteLine(JsonSerializer.Serialize(record, CliIo.Json));
            }
        }

        return 0;
    }
}
