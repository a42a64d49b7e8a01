using System.CommandLine;
using System.Text.Json;
using Caravan.Pipeline.Corpus;
using Caravan.Core.Model;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan quotes DOCS.jsonl [--out FILE.jsonl]`: one JSON line per quotation (CONTRACTS.md).</summary>
internal static class QuotesVerb
{
    /// <summary>Articles per batch: per-article stages run in parallel within a batch, output keeps input order.</summary>
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
        using var writer = CliIo.OpenOutput(outPath);
        var run = QuotePipeline.Create().Open();
        var batch = new List<Article>(BatchSize);
        foreach (var line in DocumentLines.Read(reader, path))
        {
            if (line.Article is null)
            {
                CliIo.Warn(line.Error!.Message);
                continue;
            }

            batch.Add(line.Article);
            if (batch.Count == BatchSize)
            {
                Write(run.ProcessBatch(batch), writer);
                batch.Clear();
            }
        }

        Write(run.ProcessBatch(batch), writer);
        return 0;
    }

    private static void Write(IReadOnlyList<Article> articles, TextWriter writer)
    {
        foreach (var article in articles)
        {
            foreach (var record in QuoteRecord.Of(article))
            {
                writer.WriteLine(JsonSerializer.Serialize(record, CliIo.Json));
            }
        }
    }
}
