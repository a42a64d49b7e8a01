using System.CommandLine;
using System.Text.Json;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan quotes DOCS.jsonl [--out FILE.jsonl]`: one JSON line per quotation (CONTRACTS.md).</summary>
internal static class QuotesVerb
{
    private const int BatchSize = 64;

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
        var run = CaravanPipelines.CreateForTexts().Open();
        var processed = new List<Article>();
        foreach (var batch in JsonLinesReader.ReadArticles(reader, path, e => CliIo.Warn(e.Message)).Chunk(BatchSize))
        {
            processed.AddRange(run.ProcessBatch(batch, onFailure: failure => CliIo.Warn(failure.ToString())));
        }

        // Speakers are named by their actor's canonical name, which depends on the whole input.
        var names = ActorAggregator.Aggregate(processed).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        using var writer = CliIo.OpenOutput(outPath);
        foreach (var record in processed.SelectMany(a => QuoteRecord.Of(a, id => names.GetValueOrDefault(id))))
        {
            writer.WriteLine(JsonSerializer.Serialize(record, CliIo.Json));
        }

        return 0;
    }
}
