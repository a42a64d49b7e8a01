using System.CommandLine;
using Caravan.Core.Errors;
using Caravan.Pipeline.Output;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan export --format jsonl|csv|gexf [--db DIR] [--out FILE]`.</summary>
internal static class ExportVerb
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (articles, re-ingestable), csv (article table) or gexf (actor network).", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gexf");
        var db = StoreOptions.Db();
        var output = new Option<string?>("--out") { Description = "Output file (default: stdout)." };
        var command = new Command("export", "Export the stored corpus: articles as JSON lines or CSV, the actor network as GEXF.") { format, db, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            location.RequireStore();
            CorpusResult corpus;
            using (var store = location.OpenStore())
            {
                corpus = store.ReadCorpus();
            }

            var path = parse.GetValue(output);
            switch (parse.GetValue(format))
            {
                case "gexf":
                    using (var stream = path is null or "-" ? Console.OpenStandardOutput() : File.Create(path))
                    {
                        CorpusExport.WriteGexf(corpus, stream);
                    }

                    break;
                case "csv":
                    using (var writer = CliIo.OpenOutput(path))
                    {
                        CorpusExport.WriteCsv(corpus, writer);
                    }

                    break;
                case "jsonl":
                    using (var writer = CliIo.OpenOutput(path))
                    {
                        CorpusExport.WriteJsonLines(corpus, writer);
                    }

                    break;
                default:
                    throw new CaravanException(ErrorCode.BadArgument, "--format must be jsonl, csv or gexf");
            }

            return 0;
        }));
        return command;
    }
}
