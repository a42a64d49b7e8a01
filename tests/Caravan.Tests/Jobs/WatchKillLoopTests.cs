using Caravan.Tests.Cli;
using Caravan.Tests.Ingestion.Feeds;

namespace Caravan.Tests.Jobs;

/// <summary>Issue #9 acceptance: the same for `watch` polling a feed on a local server (a class of its own, so the two loops run in parallel).</summary>
public sealed class WatchKillLoopTests
{
    [Fact]
    public void Watch_KilledAtRandomPointsTenTimes_NothingAcknowledgedLostAndLastRunCompletes()
    {
        using var dir = new TempDirectory();
        var pages = KillLoopCorpus.Pages(seed: 12).ToDictionary(p => "/" + p.Name, p => p.Html, StringComparer.Ordinal);
        LocalHttpServer? server = null;
        server = new LocalHttpServer((request, response) => KillLoopCorpus.Serve(request, response, server!.BaseUrl, pages));
        using (server)
        {
            var db = Path.Combine(dir.Path, "db");
            string[] args = ["watch", new Uri(server.BaseUrl, "/feed.xml").AbsoluteUri, "--db", db, "--once", "--allow-private", "--host-delay", "0"];
            var loop = new KillLoop(db, () => CliRunner.Start(args), seed: 10);

            loop.Run(kills: 10, attempts: 25);

            Assert.True(loop.Kills >= 10, $"only {loop.Kills} kills landed on a running process");
            KillLoopCorpus.Complete(loop, db, args);
        }
    }
}
