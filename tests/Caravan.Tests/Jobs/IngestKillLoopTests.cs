using Caravan.Tests.Cli;
using Caravan.Tests.Ingestion;
using Xunit.Abstractions;

namespace Caravan.Tests.Jobs;

/// <summary>
/// Issue #9 acceptance, with <see cref="WatchKillLoopTests"/> (22 kills in all): `ingest` SIGKILLed at
/// random points, over and over, loses no acknowledged article and never corrupts the store or the
/// index; a last run completes the set and leaves an index equal to what `reindex` builds.
/// </summary>
public sealed class IngestKillLoopTests(ITestOutputHelper output)
{
    [Fact]
    public void Ingest_KilledAtRandomPointsTwelveTimes_NothingAcknowledgedLostAndLastRunCompletes()
    {
        using var dir = new TempDirectory();
        // The corpus comes in WARC parts; run k ingests parts 0..k, so every run has new articles.
        var parts = KillLoopCorpus.Pages(seed: 11)
            .Select(p => new WarcFiles.Page($"https://news.example/{p.Name}", "response", 200, "text/html; charset=utf-8", p.Html))
            .Chunk(KillLoopCorpus.NewPerRun)
            .Select((pages, i) => dir.File(FormattableString.Invariant($"news-{i:D2}.warc.gz"), WarcFiles.File(pages, gzip: true)))
            .ToList();
        var db = Path.Combine(dir.Path, "db");
        string[] Args(int run) => ["ingest", .. parts.Take(run + 1), "--db", db];
        var loop = new KillLoop(db, run => CliRunner.Start(Args(run)), seed: 9);

        loop.Run(kills: 12, attempts: 30);

        loop.Log.ForEach(output.WriteLine);
        Assert.True(loop.Kills >= 12, $"only {loop.Kills} kills landed on a running process");
        Assert.True(loop.KillsAfterCommit >= 3, $"only {loop.KillsAfterCommit} kills came after a commit of the same run");
        KillLoopCorpus.Complete(loop, db, Args(parts.Count));
    }
}
