using System.CommandLine;
using Caravan.Web;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan serve [--db DIR] [--urls http://127.0.0.1:5080] [--requests-per-minute N]`: the web UI and JSON API over a data folder.</summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (semicolon-separated).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var rate = new Option<int>("--requests-per-minute") { Description = "Requests one client address may make per minute (429 beyond).", DefaultValueFactory = _ => 600 };
        var command = new Command("serve", "Serve the web UI (stories, actors, network, search) and the JSON API (/openapi.json) until stopped.") { db, urls, rate };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            var perMinute = parse.GetValue(rate) is var n and > 0 ? n
                : throw new Caravan.Core.Errors.CaravanException(Caravan.Core.Errors.ErrorCode.BadArgument, "--requests-per-minute must be a positive number");
            CaravanWebApp.ServeAsync(new WebOptions { Db = location, Urls = parse.GetValue(urls)!, RequestsPerWindow = perMinute },
                address => Console.Error.WriteLine($"caravan: serving {location.Display} at {address} (Ctrl+C stops)"),
                cancellationToken).GetAwaiter().GetResult();
            return 0;
        })));
        return command;
    }
}
