using System.Diagnostics;
using System.Globalization;
using Caravan.Testing;
using Caravan.Tests.Cli;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Caravan.Tests.Cluster;

/// <summary>
/// Issue #11 acceptance: Redis and three `caravan node` processes on 127.0.0.1; generated articles are
/// ingested through them, the node owning the corpus is SIGKILLed midway, and the store must then equal
/// the store of an embedded run on the same input (every article once, processed; same stories, actors,
/// relations), and the cluster must still take work. CI runs 500 articles; the issue's 20,000 run is
/// `CARAVAN_CLUSTER_ARTICLES=20000 dotnet test --filter Category=Cluster` (docs/deployment.md).
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterKillTests(ITestOutputHelper output)
{
    private static int ArticleCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CARAVAN_CLUSTER_ARTICLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 500;

    [SkippableFact]
    public void ThreeNodes_OwnerKilledMidIngest_StoreEqualsEmbeddedRunAndClusterTakesMoreWork()
    {
        Skip.If(RedisServer.Executable is null, "redis-server is not installed (apt-get install -y redis-server)");
        var count = ArticleCount;
        var clock = Stopwatch.StartNew();
        using var dir = new TempDirectory();
        Write(dir, "in", GeneratedCorpus.Articles(count, seed: 11));
        Write(dir, "more", GeneratedCorpus.Articles(20, seed: 12));
        var input = Path.Combine(dir.Path, "in");

        var embedded = Path.Combine(dir.Path, "embedded");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", embedded).ExitCode);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: embedded run of {count} articles done");

        var store = Path.Combine(dir.Path, "cluster");
        using var redis = RedisServer.Start();
        var nodes = Enumerable.Range(0, 3).Select(_ => NodeProcess.Start(store, redis.Url)).ToList();
        try
        {
            foreach (var node in nodes)
            {
                node.WaitReady(TimeSpan.FromMinutes(3));
            }

            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: three nodes ready");

            var (exitCode, stderr, killed) = IngestKillingOwnerMidway(input, redis.Url, store, nodes, count);
            Assert.True(exitCode == 0, $"ingest through the cluster failed:\n{stderr}\n--- killed node:\n{killed.Log}");
            Assert.True(killed.Exited);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: ingestion done: {stderr.Trim()}");

            // Every article stored once and processed as the embedded run did: same rows, same stories and actors.
            Assert.Equal(count, Count(store, "SELECT count(DISTINCT raw) FROM articles"));
            Assert.Equal(count, Count(store, "SELECT count(*) FROM raw_documents"));
            Assert.Equal(StoreDump.Of(embedded), StoreDump.Of(store));

            // The two nodes left still take work.
            var more = CliRunner.Run("ingest", Path.Combine(dir.Path, "more"), "--cluster", redis.Url);
            Assert.True(more.ExitCode == 0, more.Stderr);
            Assert.Equal(count + 20, StoreDump.Articles(store));
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: 20 more articles taken: {more.Stderr.Trim()}");
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    /// <summary>Runs `ingest --cluster` and SIGKILLs the node owning the corpus once a fifth of the articles are stored.</summary>
    private (int ExitCode, string Stderr, NodeProcess Killed) IngestKillingOwnerMidway(
        string input, string cluster, string store, List<NodeProcess> nodes, int count)
    {
        using var ingest = CliRunner.Start("ingest", input, "--cluster", cluster);
        var stderr = ingest.StandardError.ReadToEndAsync();
        _ = ingest.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (StoreDump.Articles(store) < count / 5 && !ingest.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        Assert.False(ingest.HasExited, "the ingestion finished before a node could be killed: " + stderr.Result);
        var owner = nodes.FirstOrDefault(n => n.OwnsCorpus) ?? throw new InvalidOperationException("no node logged the corpus owner's activation");
        owner.Kill();
        var stored = StoreDump.Articles(store);
        // Under heavy load the owner commits in bursts (later tickets wait for a slow earlier one), so the
        // kill may land after the last commit; it still lands before the batches are acknowledged.
        output.WriteLine($"killed the corpus owner (silo port {owner.SiloPort}) at {stored} stored articles");
        if (!ingest.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            ingest.Kill(entireProcessTree: true);
            throw new TimeoutException("ingest --cluster did not finish within 5 minutes of the kill");
        }

        return (ingest.ExitCode, stderr.Result, owner);
    }

    private static void Write(TempDirectory dir, string folder, IEnumerable<(string Name, string Text)> articles)
    {
        foreach (var (name, text) in articles)
        {
            dir.File(Path.Combine(folder, name), text);
        }
    }

    private static int Count(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(db, "caravan.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
