using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan ingest FILE.warc[.gz]|PATH... [--db DIR] [--timings]`: adds documents to the store (WARC archives too), no overview.</summary>
internal static class IngestVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "WARC archives (.warc, .warc.gz), files or folders (.txt, .html, .htm, .html.gz, .jsonl).", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var timings = new Option<bool>("--timings") { Description = "Also print the time spent in each stage and step." };
        var command = new Command("ingest", "Ingest documents and web archives into the store (processed, indexed); re-ingesting is a no-op.") { paths, db, timings };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var inputs = parse.GetValue(paths)!;
            StoreJobs.RequireInputs(inputs);
            var report = StoreJobs.Run(parse.GetValue(db)!, job => job.Run(inputs, cancellationToken), cancellationToken);
            Console.Error.WriteLine("caravan: " + StoreJobs.Summary(report));
            if (parse.GetValue(timings))
            {
                Console.Error.WriteLine("caravan: " + StoreJobs.Timings(report));
            }

            return 0;
        })));
        return command;
    }
}
