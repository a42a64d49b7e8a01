using System.Diagnostics;
using System.Globalization;
using Caravan.Testing;
using Caravan.Tests.Cli;
using Caravan.Tests.Storage.Postgres;
using Xunit.Abstractions;

namespace Caravan.Tests.Cluster;

/// <summary>
/// Issue #11 acceptance: Redis, PostgreSQL and three `caravan node` processes on 127.0.0.1; generated
/// articles are ingested through them, the node owning the corpus is SIGKILLed while the store holds
/// only part of them (the client waits at a named pipe in the middle of the input, so the second half comes
/// after the kill), and the store must then equal the store of a single-node run on the same input
/// (every article once, processed; same stories, actors, relations), and the cluster must still take
/// work. CI runs 400 articles; the issue's 20,000 run is
/// `CARAVAN_CLUSTER_ARTICLES=20000 dotnet test --filter Category=Cluster` (docs/deployment.md).
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterKillTests(ITestOutputHelper output)
{
    private static int ArticleCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CARAVAN_CLUSTER_ARTICLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 400;

    [SkippableFact]
    public void ThreeNodes_OwnerKilledMidIngest_StoreEqualsSingleNodeRunAndClusterTakesMoreWork()
    {
        Skip.If(RedisServer.Executable is null, "redis-server is not installed (apt-get install -y redis-server)");
        using var postgres = new PostgresServer();
        postgres.SkipIfUnavailable();
        var count = ArticleCount;
        var clock = Stopwatch.StartNew();
        using var dir = new TempDirectory();
        Write(dir, "in", GeneratedCorpus.Articles(count, seed: 11));
        Write(dir, "more", GeneratedCorpus.Articles(20, seed: 12));
        var input = Path.Combine(dir.Path, "in");

        var single = postgres.NewDatabaseUrl();
        var reference = CliRunner.RunWithin(TimeSpan.FromHours(2), "ingest", input, "--db", single);
        Assert.True(reference.ExitCode == 0, reference.Stderr);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: single-node (embedded) run of {count} articles into PostgreSQL done");

        var store = postgres.NewDatabaseUrl();
        using var redis = RedisServer.Start();
        var nodes = Enumerable.Range(0, 3).Select(_ => NodeProcess.Start(store, redis.Url)).ToList();
        try
        {
            foreach (var node in nodes)
            {
                node.WaitReady(TimeSpan.FromMinutes(5));
            }

            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: three nodes ready");

            var (exitCode, stderr, killed, storedAtKill) = IngestKillingOwnerMidway(input, redis.Url, store, nodes, count);
            Assert.True(exitCode == 0, $"ingest through the cluster failed:\n{stderr}\n--- killed node:\n{killed.Log}");
            Assert.True(killed.Exited);
            // The kill landed mid-ingest: the store lacked articles once the owner was gone...
            Assert.True(storedAtKill < count, $"the kill landed after the last commit ({storedAtKill} of {count} stored): the mid-ingest case was not exercised");
            // ...and the client felt the owner's death: it retried (and offered its unacknowledged batches to the new owner).
            Assert.Matches(@"\(([1-9][0-9]*) retries", stderr);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: ingestion done: {stderr.Trim()}");

            // Every article stored once and processed as the single-node run did: same rows, same stories and actors.
            Assert.Equal(count, PostgresDump.Scalar(store, "SELECT count(DISTINCT raw) FROM articles"));
            Assert.Equal(count, PostgresDump.Scalar(store, "SELECT count(*) FROM articles"));
            Assert.Equal(count, PostgresDump.Scalar(store, "SELECT count(*) FROM raw_documents"));
            Assert.True(PostgresDump.Scalar(store, "SELECT count(*) FROM stories") > 0);
            Assert.True(PostgresDump.Scalar(store, "SELECT count(*) FROM actors") > 0);
            Assert.Equal(PostgresDump.Of(single), PostgresDump.Of(store));

            // The two nodes left still take work.
            var more = CliRunner.RunWithin(TimeSpan.FromMinutes(30), "ingest", Path.Combine(dir.Path, "more"), "--cluster", redis.Url);
            Assert.True(more.ExitCode == 0, more.Stderr);
            Assert.Equal(count + 20, PostgresDump.Scalar(store, "SELECT count(*) FROM articles"));
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

    /// <summary>
    /// Runs `ingest --cluster` on the folder with one file in the middle turned into a named pipe: the client reads
    /// the files in order and waits at that one, as at a slow source, so the second half cannot be stored before the
    /// kill whatever the machine's speed. The node owning the corpus is SIGKILLed once a tenth of the articles are
    /// stored (batches of the first half may still be in flight), then the pipe gives the file's bytes and the client
    /// goes on against the owner's new activation. Returns how many articles were stored once the killed process was gone.
    /// </summary>
    private (int ExitCode, string Stderr, NodeProcess Killed, long StoredAtKill) IngestKillingOwnerMidway(
        string input, string cluster, string store, List<NodeProcess> nodes, int count)
    {
        var gate = Directory.EnumerateFiles(input).Order(StringComparer.Ordinal).ElementAt(count / 2);
        var bytes = File.ReadAllBytes(gate);
        File.Delete(gate);
        MakeFifo(gate);
        using var ingest = CliRunner.Start("ingest", input, "--cluster", cluster);
        var stderr = ingest.StandardError.ReadToEndAsync();
        _ = ingest.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddMinutes(30);
        var trigger = Math.Max(16, count / 10);
        long seen;
        while ((seen = PostgresDump.Scalar(store, "SELECT count(*) FROM articles")) < trigger && !ingest.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        // Not Assert.False(..., stderr.Result): the message is built before the check, and .Result waits for the ingestion to end.
        if (ingest.HasExited)
        {
            Assert.Fail("the ingestion ended before a node could be killed: " + stderr.Result);
        }

        Assert.True(seen >= trigger, $"{seen} articles stored after 30 minutes (trigger {trigger})");
        var seenAt = clock.Elapsed;
        var owner = nodes.FirstOrDefault(n => n.OwnsCorpus) ?? throw new InvalidOperationException("no node logged the corpus owner's activation");
        owner.Kill();
        var killedAt = clock.Elapsed;
        // Counted after the process is gone: nothing it had in flight can still land.
        var stored = PostgresDump.Scalar(store, "SELECT count(*) FROM articles");
        output.WriteLine($"{seenAt.TotalSeconds:F1} s into the ingestion: {seen} stored; {killedAt.TotalSeconds:F1} s: killed the corpus owner (silo port {owner.SiloPort}); {stored} of {count} stored after the kill");

        // Opening the pipe for writing waits for the client to open it for reading; if the client is gone, a reader of our own lets it go.
        var release = Task.Run(() => File.WriteAllBytes(gate, bytes));
        if (!ingest.WaitForExit(TimeSpan.FromMinutes(60)))
        {
            ingest.Kill(entireProcessTree: true);
            throw new TimeoutException("ingest --cluster did not finish within 60 minutes of the kill");
        }

        if (!release.Wait(TimeSpan.FromSeconds(1)))
        {
            using var drain = File.OpenRead(gate);
            drain.CopyTo(Stream.Null);
            release.Wait();
        }

        return (ingest.ExitCode, stderr.Result, owner, stored);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} failed");
    }

    private static void Write(TempDirectory dir, string folder, IEnumerable<(string Name, string Text)> articles)
    {
        foreach (var (name, text) in articles)
        {
            dir.File(Path.Combine(folder, name), text);
        }
    }
}
