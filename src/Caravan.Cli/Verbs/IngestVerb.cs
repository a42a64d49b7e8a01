using System.CommandLine;
using Caravan.Cluster.Hosting;
using Caravan.Cluster.Ingestion;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan ingest FILE.warc[.gz]|PATH... [--db DIR | --cluster redis://HOST:PORT] [--timings]`: adds documents to the
/// store (WARC archives too), no overview; with --cluster, through the cluster's nodes and their store.
/// </summary>
internal static class IngestVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "WARC archives (.warc, .warc.gz), files or folders (.txt, .html, .htm, .html.gz, .jsonl).", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var timings = new Option<bool>("--timings") { Description = "Also print the time spent in each stage and step." };
        var cluster = StoreOptions.Cluster("Ingest through a running cluster (redis://HOST:PORT); its nodes own the store, --db is not used.");
        var command = new Command("ingest", "Ingest documents and web archives into the store (processed, indexed); re-ingesting is a no-op.") { paths, db, timings, cluster };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliIo.Guard(() =>
        {
            var inputs = parse.GetValue(paths)!;
            StoreJobs.RequireInputs(inputs);
            if (parse.GetValue(cluster) is { } url)
            {
                return IngestThroughClusterAsync(url, inputs, cancellationToken).GetAwaiter().GetResult();
            }

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

    private static async Task<int> IngestThroughClusterAsync(string cluster, string[] inputs, CancellationToken cancellationToken)
    {
        await using var client = await CaravanClient.ConnectAsync(cluster, cancellationToken: cancellationToken).ConfigureAwait(false);
        var ingestor = new ClusterIngestor(client.Grains);
        ingestor.Problem += CliIo.Warn;
        var report = await ingestor.IngestAsync(new FileSource(IngestOptions.Default).Read(inputs), cancellationToken).ConfigureAwait(false);
        Console.Error.WriteLine(FormattableString.Invariant(
            $"caravan: {report.Stored} processed, {report.AlreadyStored} already stored, {report.DuplicateInputs} duplicate inputs, {report.Problems} problems, {report.Failures} failures in {report.Elapsed.TotalSeconds:F1} s ({report.Retries} retries, owner busy {report.Counts.OwnerBusy.TotalSeconds:F1} s, batches per node: {string.Join(" ", report.BatchesPerNode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}); store: {report.Counts.Articles} articles, {report.Counts.Actors} actors"));
        return 0;
    }
}
