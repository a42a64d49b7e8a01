using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan keys create [--db DIR]`: a new API key for POST /api/articles (only its hash is stored).</summary>
internal static class KeysVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var create = new Command("create", "Create an API key, print it once and store its SHA-256 hash.") { db };
        create.SetAction(parse => CliIo.Guard(() =>
        {
            using var store = parse.GetValue(db)!.OpenStore();
            Console.Out.WriteLine(store.CreateApiKey(DateTimeOffset.UtcNow));
            return 0;
        }));
        return new Command("keys", "Manage the web API's keys.") { create };
    }
}
