using System.CommandLine;
using Caravan.Web;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan serve [--db DIR] [--urls http://127.0.0.1:5080] [--requests-per-minute N] [--keyed-reads] [--allow-private-feeds] [--search-cache N]`:
/// the web UI and JSON API over a data folder.
/// </summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (semicolon-separated).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var rate = new Option<int>("--requests-per-minute") { Description = "Requests one client address may make per minute (429 beyond).", DefaultValueFactory = _ => 600 };
        var keyedReads = new Option<bool>("--keyed-reads") { Description = "The JSON API's read endpoints need an API key too (the pages stay public)." };
        var allowPrivate = new Option<bool>("--allow-private-feeds") { Description = "Feeds added on /ingest may be on private and loopback addresses (off by default: SSRF guard)." };
        var searchCache = new Option<int>("--search-cache") { Description = "Search answers kept per store snapshot (0: none, every search runs on the index).", DefaultValueFactory = _ => 1024 };
        var command = new Command("serve", "Serve the web UI (stories, actors, network, search, sources, ingest) and the JSON API (/openapi.json) until stopped.")
        {
            db, urls, rate, keyedReads, allowPrivate, searchCache,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var location = parse.GetValue(db)!;
            var perMinute = parse.GetValue(rate) is var n and > 0 ? n
                : throw new Caravan.Core.Errors.CaravanException(Caravan.Core.Errors.ErrorCode.BadArgument, "--requests-per-minute must be a positive number");
            var cacheSize = parse.GetValue(searchCache) is var c and >= 0 ? c
                : throw new Caravan.Core.Errors.CaravanException(Caravan.Core.Errors.ErrorCode.BadArgument, "--search-cache must be 0 or more");
            var options = new WebOptions
            {
                Db = location,
                Urls = parse.GetValue(urls)!,
                RequestsPerWindow = perMinute,
                KeyedReads = parse.GetValue(keyedReads),
                SearchCacheSize = cacheSize,
                Fetch = new Caravan.Pipeline.Ingestion.Http.FetchOptions { AllowPrivate = parse.GetValue(allowPrivate) },
            };
            CaravanWebApp.ServeAsync(options,
                address => Console.Error.WriteLine($"caravan: serving {location.Display} at {address} (Ctrl+C stops)"),
                cancellationToken).GetAwaiter().GetResult();
            return 0;
        })));
        return command;
    }
}
