using System.Text;
using Caravan.Core.Pipeline;
using Caravan.Pipeline.Jobs;
using Caravan.Storage.Sqlite;

namespace Caravan.Tests.Jobs;

public sealed class AnalysisJobTests
{
    /// <summary>Decodes raw bytes to text; fails on a marker so failure isolation can be tested.</summary>
    private sealed class DecodeStage : IArticleStage
    {
        public StageInfo Info { get; } = new("decode", 1, ArticleFeatures.Raw, ArticleFeatures.Text);

        public Article Process(Article article, CancellationToken cancellationToken)
        {
            var text = Encoding.UTF8.GetString(article.Raw.Span);
            return text.Contains("EXPLODE", StringComparison.Ordinal)
                ? throw new InvalidOperationException("boom")
                : article with { Text = text, Raw = default };
        }
    }

    /// <summary>Groups articles by their first word; story ids depend on everything seen before.</summary>
    private sealed class FirstWordStories : ICorpusStage
    {
        public StageInfo Info { get; } = new("first-word", 1, ArticleFeatures.Text, ArticleFeatures.Story);

        public ICorpusSession Open() => new Session();

        private sealed class Session : ICorpusSession
        {
            private readonly Dictionary<string, string> _stories = new(StringComparer.Ordinal);

            public Article Process(Article article, CancellationToken cancellationToken)
            {
                var key = article.Text.Split(' ')[0];
                if (!_stories.TryGetValue(key, out var story))
                {
                    story = "s" + _stories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    _stories[key] = story;
                }

                return article with { StoryId = story };
            }

            public void Restore(Article article) => _stories.TryAdd(article.Text.Split(' ')[0], article.StoryId!);
        }
    }

    private sealed class StoriesOnly : ICorpusAggregator
    {
        public CorpusResult Aggregate(IReadOnlyList<Article> articles) => new(
            [.. articles],
            [.. articles.GroupBy(a => a.StoryId!).Select(g => new Story(g.Key, g.First().Text, "", ["de"], [.. g.Select(a => a.Id)], null, null, g.Count()))],
            [],
            []);
    }

    private static ArticlePipeline Pipeline() =>
        new PipelineBuilder { MaxParallelism = 2 }.Use(new DecodeStage()).Use(new FirstWordStories()).Build();

    private static void WriteCorpus(TempDirectory dir, int count)
    {
        for (var i = 0; i < count; i++)
        {
            dir.File(FormattableString.Invariant($"in/doc{i:D4}.txt"), FormattableString.Invariant($"topic{i % 13} article number {i}"));
        }
    }

    [Fact]
    public void Run_Always_ReportsTheTimeOfEveryStageAndStepInFlowOrder()
    {
        using var dir = new TempDirectory();
        WriteCorpus(dir, 40);
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        var job = new AnalysisJob(Pipeline(), new StoriesOnly(), store, new AnalysisOptions { BatchSize = 16 });
        job.CorpusStored += _ => Thread.Sleep(30);

        var report = job.Run([Path.Combine(dir.Path, "in")]);

        Assert.Equal(
            ["replay stored articles", "decode", "first-word", "pipeline (wall)", "store batches", "read stored articles", "aggregate", "store corpus", "index"],
            report.Timings.Select(t => t.Step));
        Assert.True(report.Timings.Single(t => t.Step == "index").Elapsed >= TimeSpan.FromMilliseconds(30));
        Assert.True(report.Timings.Single(t => t.Step == "pipeline (wall)").Elapsed <= report.Elapsed);
    }

    [Fact]
    public void Run_CancelledMidwayThenRerun_GivesSameStoreAsUninterrupted()
    {
        using var dir = new TempDirectory();
        WriteCorpus(dir, 300);
        var input = Path.Combine(dir.Path, "in");
        var whole = Path.Combine(dir.Path, "whole");
        using (var store = SqliteArticleStore.Open(whole))
        {
            new AnalysisJob(Pipeline(), new StoriesOnly(), store, new AnalysisOptions { BatchSize = 16 }).Run([input]);
        }

        var resumed = Path.Combine(dir.Path, "resumed");
        using (var store = SqliteArticleStore.Open(resumed))
        {
            using var cancel = new CancellationTokenSource();
            var job = new AnalysisJob(Pipeline(), new StoriesOnly(), store, new AnalysisOptions { BatchSize = 16 });
            job.Progress += p =>
            {
                if (p.Processed >= 100)
                {
                    cancel.Cancel();
                }
            };
            Assert.ThrowsAny<OperationCanceledException>(() => job.Run([input], cancel.Token));
            Assert.InRange(store.Counts().Articles, 100, 299);
        }

        using (var store = SqliteArticleStore.Open(resumed))
        {
            var report = new AnalysisJob(Pipeline(), new StoriesOnly(), store, new AnalysisOptions { BatchSize = 16 }).Run([input]);
            Assert.True(report.AlreadyStored >= 100);
        }

        Assert.Equal(StoreDump.Of(whole), StoreDump.Of(resumed));
    }

    [Fact]
    public void Run_DuplicateInputsProblemsAndStageFailures_ReportedOthersStoredOnce()
    {
        using var dir = new TempDirectory();
        dir.File("in/a.txt", "alpha one");
        dir.File("in/b.txt", "alpha one");
        dir.File("in/c.txt", "");
        dir.File("in/d.txt", "EXPLODE here");
        dir.File("in/e.txt", "beta two");
        dir.File("in/sub/a.txt", "gamma three");
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        var job = new AnalysisJob(Pipeline(), new StoriesOnly(), store);
        var problems = new List<string>();
        job.Problem += problems.Add;
        var report = job.Run([Path.Combine(dir.Path, "in")]);
        Assert.Equal(1, report.DuplicateInputs);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("c.txt", StringComparison.Ordinal) && p.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("d.txt", StringComparison.Ordinal) && p.Contains("decode", StringComparison.Ordinal));
        var ids = store.ReadArticles().Select(a => a.Id).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Contains("a", ids);
        Assert.Contains(ids, id => id.StartsWith("a~", StringComparison.Ordinal));
        Assert.Equal(3, report.Corpus.Stories.Length);
    }

    [Fact]
    public void Run_Twice_SecondRunStoresNothingNew()
    {
        using var dir = new TempDirectory();
        WriteCorpus(dir, 20);
        using var store = SqliteArticleStore.Open(Path.Combine(dir.Path, "db"));
        new AnalysisJob(Pipeline(), new StoriesOnly(), store).Run([Path.Combine(dir.Path, "in")]);
        var before = StoreDump.Of(Path.Combine(dir.Path, "db"));
        var second = new AnalysisJob(Pipeline(), new StoriesOnly(), store).Run([Path.Combine(dir.Path, "in")]);
        Assert.Equal(0, second.Ingested);
        Assert.Equal(20, second.AlreadyStored);
        Assert.Equal(before, StoreDump.Of(Path.Combine(dir.Path, "db")));
    }
}
