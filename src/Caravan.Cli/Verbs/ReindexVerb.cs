using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan reindex [--db DIR]`: rebuilds the search index from the store.</summary>
internal static class ReindexVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var command = new Command("reindex", "Rebuild the search index (<db>/index, or the PostgreSQL search tables) from the store.") { db };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            location.RequireStore();
            using var store = location.OpenStore();
            using var index = location.OpenIndex();
            var update = index.Rebuild(store.ReadCorpus(), cancellationToken);
            Console.Error.WriteLine(FormattableString.Invariant(
                $"caravan: indexed {update.Added} articles and {update.Actors} actors in {update.Elapsed.TotalSeconds:F1} s"));
            return 0;
        })));
        return command;
    }
}
