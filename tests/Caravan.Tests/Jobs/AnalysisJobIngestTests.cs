using System.Text;
using Caravan.Core.Pipeline;
using Caravan.Pipeline.Jobs;
using Caravan.Storage.Sqlite;
using Caravan.Tests.Ingestion;

namespace Caravan.Tests.Jobs;

/// <summary>WARC ingestion through the job, explicit reprocessing, and recovery from a reprocessing run killed after clearing.</summary>
public sealed class AnalysisJobIngestTests
{
    private sealed class DecodeStage : IArticleStage
    {
        public StageInfo Info { get; } = new("decode", 1, ArticleFeatures.Raw, ArticleFeatures.Text);

        public Article Process(Article article, CancellationToken cancellationToken) =>
            article with { Text = Encoding.UTF8.GetString(article.Raw.Span), Raw = default };
    }

    private sealed class ArticlesOnly : ICorpusAggregator
    {
        public CorpusResult Aggregate(IReadOnlyList<Article> articles) => new([.. articles], [], [], []);
    }

    private static AnalysisJob Job(SqliteArticleStore store) =>
        new(new PipelineBuilder { MaxParallelism = 2 }.Use(new DecodeStage()).Build(), new ArticlesOnly(), store, new AnalysisOptions { BatchSize = 2 });

    private static string WriteWarc(TempDirectory dir) =>
        dir.File("in/crawl.warc.gz", WarcFiles.File(
            Enumerable.Range(0, 5).Select(i => new WarcFiles.Page($"https://n.example/{i}", "response", 200, "text/html", WarcFiles.Html(i))), gzip: true));

    [Fact]
    public void Run_WarcTwice_StoresPagesOnceAndSecondRunIsNoOp()
    {
        using var dir = new TempDirectory();
        var warc = WriteWarc(dir);
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        Assert.Equal(5, Job(store).Run([Path.Combine(dir.Path, "in")]).Ingested);
        var again = Job(store).Run([warc]);
        Assert.Equal((0, 5), (again.Ingested, again.AlreadyStored));
        Assert.All(store.ReadArticles(), a => Assert.StartsWith("https://n.example/", a.Source.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Reprocess_KeepsOriginalsAndProcessesAllAgain()
    {
        using var dir = new TempDirectory();
        var warc = WriteWarc(dir);
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        Job(store).Run([warc]);
        var before = StoreDump.Of(Path.Combine(dir.Path, "db"));
        var report = Job(store).Reprocess();
        Assert.Equal(5, report.Ingested);
        Assert.Equal(new Caravan.Core.Storage.StoreCounts(5, 5, 0, 0, 0), store.Counts());
        Assert.Equal(before, StoreDump.Of(Path.Combine(dir.Path, "db")));
    }

    [Fact]
    public void Run_AfterReprocessingKilledPastClearing_ProcessesTheRestOfTheOriginals()
    {
        using var dir = new TempDirectory();
        var warc = WriteWarc(dir);
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        Job(store).Run([warc]);
        store.ClearProcessed(); // as a reprocessing run killed right after clearing leaves it
        var report = Job(store).Run(Array.Empty<string>());
        Assert.Equal(5, report.Ingested);
        Assert.Equal(5, store.Counts().Articles);
    }
}
