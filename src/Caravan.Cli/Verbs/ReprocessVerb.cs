using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan reprocess [--db DIR]`: every stored raw document through the current pipeline; the originals stay.</summary>
internal static class ReprocessVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var command = new Command("reprocess", "Run every stored original through the current pipeline again (after a model upgrade); the originals are kept.") { db };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            location.RequireStore();
            var report = StoreJobs.Run(location, job => job.Reprocess(cancellationToken), cancellationToken);
            Console.Error.WriteLine("caravan: " + StoreJobs.Summary(report));
            return 0;
        })));
        return command;
    }
}
