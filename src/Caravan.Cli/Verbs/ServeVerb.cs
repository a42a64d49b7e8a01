using System.CommandLine;
using Caravan.Web;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan serve [--db DIR] [--urls http://127.0.0.1:5080]`: the web UI and JSON API over a data folder.</summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (semicolon-separated).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the web UI (stories, actors, network, search) and the JSON API (/openapi.json) until stopped.") { db, urls };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var folder = parse.GetValue(db)!;
            CaravanWebApp.ServeAsync(new WebOptions { DataFolder = folder, Urls = parse.GetValue(urls)! },
                address => Console.Error.WriteLine($"caravan: serving {folder} at {address} (Ctrl+C stops)"),
                cancellationToken).GetAwaiter().GetResult();
            return 0;
        })));
        return command;
    }
}
