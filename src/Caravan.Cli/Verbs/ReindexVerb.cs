using System.CommandLine;
using Caravan.Search;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan reindex [--db DIR]`: rebuilds the search index from the store.</summary>
internal static class ReindexVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var command = new Command("reindex", "Rebuild the search index (<db>/index) from the store.") { db };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var directory = parse.GetValue(db)!;
            StoreJobs.RequireStore(directory);
            using var store = SqliteArticleStore.Open(directory);
            using var index = LuceneSearchIndex.Open(directory);
            var update = index.Rebuild(store.ReadCorpus(), cancellationToken);
            Console.Error.WriteLine(FormattableString.Invariant(
                $"caravan: indexed {update.Added} articles and {update.Actors} actors in {update.Elapsed.TotalSeconds:F1} s"));
            return 0;
        })));
        return command;
    }
}
