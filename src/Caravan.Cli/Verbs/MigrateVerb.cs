using System.CommandLine;
using System.Globalization;
using Caravan.Core.Errors;
using Caravan.Storage;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan migrate --from DIR --to postgres://...`: copies a whole store, verifies the counts, builds the target's search index.</summary>
internal static class MigrateVerb
{
    public static Command Create()
    {
        var from = StoreOptions.Location("--from", "The store to copy: a data folder (or a PostgreSQL URL).");
        var to = StoreOptions.Location("--to", "The store to copy into: a postgres://user@host:port/database URL (or a data folder).");
        var command = new Command("migrate", "Copy a whole store (raw documents, articles, stories, actors, relations, fetch state, API keys) into another, verify the counts and index it; safe to run again.")
        {
            from, to,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var (source, target) = (parse.GetValue(from)!, parse.GetValue(to)!);
            source.RequireStore();
            if (source == target)
            {
                throw new CaravanException(ErrorCode.BadArgument, $"--from and --to are the same store ('{source.Display}')");
            }

            MigrationReport report;
            using (var reader = source.OpenStore())
            using (var writer = target.OpenStore())
            {
                report = StoreMigration.Copy(reader, writer, line => Console.Error.Write($"\rcaravan: copied {line}   "), cancellationToken);
                Console.Error.WriteLine();
                if (report.Verified)
                {
                    using var index = target.OpenIndex();
                    var update = index.Rebuild(writer.ReadCorpus(), cancellationToken);
                    Console.Error.WriteLine(FormattableString.Invariant($"caravan: indexed {update.Added} articles and {update.Actors} actors"));
                }
            }

            using var output = CliIo.OpenOutput(null);
            output.WriteLine($"{"table",-14} {"source",10} {"target",10}");
            foreach (var (table, inSource, inTarget) in report.Rows())
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-14} {inSource,10} {inTarget,10}{(inSource == inTarget ? "" : "  differs")}"));
            }

            if (!report.Verified)
            {
                throw new CaravanException(ErrorCode.StoreUnavailable,
                    $"the copy in '{target.Display}' does not match '{source.Display}' (see the counts): was the target already used by another store?");
            }

            output.WriteLine($"verified: '{target.Display}' holds everything of '{source.Display}'");
            return 0;
        })));
        return command;
    }
}
