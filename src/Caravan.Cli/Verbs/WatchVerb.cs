using System.CommandLine;
using Caravan.Cluster.Grains;
using Caravan.Cluster.Hosting;
using Caravan.Core.Storage;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion.Feeds;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Pipeline.Jobs;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan watch FEEDS.opml|URL... [--db DIR] [--interval S] [--once]`: polls feeds, stores and indexes new
/// articles; with `--cluster redis://...`, hands the feeds to the cluster (polled there on reminders) and exits.
/// </summary>
internal static class WatchVerb
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("FEED") { Description = "Feed URLs (RSS 2.0, RSS 1.0/RDF, Atom) or OPML files listing them.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var interval = new Option<int>("--interval") { Description = "Seconds between polls.", DefaultValueFactory = _ => 900 };
        var once = new Option<bool>("--once") { Description = "Poll once and exit." };
        var userAgent = new Option<string?>("--user-agent") { Description = "User-Agent header (also the robots.txt agent token)." };
        var delay = new Option<double>("--host-delay") { Description = "Seconds between two requests to one host.", DefaultValueFactory = _ => 1.0 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before a request is given up.", DefaultValueFactory = _ => 30 };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Permit private and loopback addresses (off by default: SSRF guard)." };
        var cluster = StoreOptions.Cluster("Hand the feeds to a running cluster (redis://HOST:PORT), polled there every --interval (at least 60 s) until unwatched; the nodes' own fetch options apply.");
        var command = new Command("watch", "Poll RSS/Atom feeds, fetch the new articles politely, analyse, store and index them.")
        {
            feeds, db, interval, once, userAgent, delay, timeout, allowPrivate, cluster,
        };
        command.SetAction(async (parse, cancellationToken) => await Task.Run(() => CliIo.Guard(() =>
        {
            var urls = FeedList.Resolve(parse.GetValue(feeds)!);
            if (parse.GetValue(cluster) is { } url)
            {
                return WatchInClusterAsync(url, urls, TimeSpan.FromSeconds(Math.Max(60, parse.GetValue(interval))), cancellationToken).GetAwaiter().GetResult();
            }

            var options = new FetchOptions
            {
                HostDelay = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(delay))),
                Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                AllowPrivate = parse.GetValue(allowPrivate),
            };
            if (parse.GetValue(userAgent) is { Length: > 0 } agent)
            {
                options = options with { UserAgent = agent };
            }

            var location = parse.GetValue(db)!;
            using var store = location.OpenStore();
            using var index = location.OpenIndex();
            using var fetcher = new PoliteFetcher(options);
            var watcher = new FeedWatcher(fetcher);
            var job = new AnalysisJob(CaravanPipelines.CreateDefault(), CaravanPipelines.CreateAggregator(), store);
            job.Problem += CliIo.Warn;
            job.CorpusStored += corpus => index.Update(corpus, cancellationToken);
            while (true)
            {
                var known = urls.Select(u => store.GetFetchState(u.AbsoluteUri)).OfType<FetchState>().ToDictionary(s => s.Url, StringComparer.Ordinal);
                var stored = store.ArticleIds();
                using (var pass = watcher.Poll(urls, known, stored.ContainsKey, cancellationToken))
                {
                    var report = job.Run(pass.Items, cancellationToken);
                    // Validators are saved only now that the pass's articles are stored (acknowledged).
                    store.SaveFetchStates(pass.States);
                    Console.Error.WriteLine("caravan: " + StoreJobs.Summary(report));
                }

                if (parse.GetValue(once) || cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(interval)))))
                {
                    return 0;
                }
            }
        }), cancellationToken));
        return command;
    }

    private static async Task<int> WatchInClusterAsync(string cluster, IReadOnlyList<Uri> feeds, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var client = await CaravanClient.ConnectAsync(cluster, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var feed in feeds)
        {
            await client.Grains.GetGrain<IFeedGrain>(feed.AbsoluteUri).Watch(ClusterNames.DefaultCorpus, interval).ConfigureAwait(false);
        }

        Console.Error.WriteLine(FormattableString.Invariant($"caravan: {feeds.Count} feeds handed to the cluster, polled every {interval.TotalSeconds:F0} s"));
        return 0;
    }
}
