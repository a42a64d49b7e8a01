using Caravan.Tests.Cli;
using Caravan.Tests.Ingestion.Feeds;
using Xunit.Abstractions;

namespace Caravan.Tests.Jobs;

/// <summary>Issue #9 acceptance: the same for `watch` polling a feed on a local server (a class of its own, so the two loops run in parallel).</summary>
public sealed class WatchKillLoopTests(ITestOutputHelper output)
{
    [Fact]
    public void Watch_KilledAtRandomPointsTenTimes_NothingAcknowledgedLostAndLastRunCompletes()
    {
        using var dir = new TempDirectory();
        var pages = KillLoopCorpus.Pages(seed: 12).ToList();
        // The feed grows: run k sees the first (k + 1) x NewPerRun items, so every run has new articles.
        var visible = 0;
        LocalHttpServer? server = null;
        server = new LocalHttpServer((request, response) => KillLoopCorpus.Serve(request, response, server!.BaseUrl, pages, Volatile.Read(ref visible)));
        using (server)
        {
            var db = Path.Combine(dir.Path, "db");
            string[] args = ["watch", new Uri(server.BaseUrl, "/feed.xml").AbsoluteUri, "--db", db, "--once", "--allow-private", "--host-delay", "0"];
            var loop = new KillLoop(db, run =>
            {
                Volatile.Write(ref visible, (run + 1) * KillLoopCorpus.NewPerRun);
                return CliRunner.Start(args);
            }, seed: 10);

            loop.Run(kills: 10, attempts: 25);

            loop.Log.ForEach(output.WriteLine);
            Assert.True(loop.Kills >= 10, $"only {loop.Kills} kills landed on a running process");
            Assert.True(loop.KillsAfterCommit >= 3, $"only {loop.KillsAfterCommit} kills came after a commit of the same run");
            Volatile.Write(ref visible, pages.Count);
            KillLoopCorpus.Complete(loop, db, args);
        }
    }
}
