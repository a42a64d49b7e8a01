using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Testing;

namespace Caravan.Tests.Core;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, ArticleFeatures requires, ArticleFeatures produces) : IArticleStage
    {
        public StageInfo Info { get; } = new(name, 1, requires, produces);

        public Article Process(Article article, CancellationToken cancellationToken) =>
            article with { Title = (article.Title ?? "") + name };
    }

    private sealed class CountingCorpusStage : ICorpusStage
    {
        public StageInfo Info { get; } = new("count", 1, ArticleFeatures.Text, ArticleFeatures.Story);

        public ICorpusSession Open() => new Session();

        private sealed class Session : ICorpusSession
        {
            private int _seen;

            public Article Process(Article article, CancellationToken cancellationToken) =>
                article with { StoryId = (++_seen).ToString(System.Globalization.CultureInfo.InvariantCulture) };

            public void Restore(Article article) => _seen++;
        }
    }

    [Fact]
    public void Build_RequirementNotProduced_FailsNamingStageAndFeature()
    {
        var builder = new PipelineBuilder()
            .Use(new FakeStage("quotes", ArticleFeatures.Mentions, ArticleFeatures.Quotes))
            .Use(new FakeStage("entities", ArticleFeatures.Raw, ArticleFeatures.Mentions));
        var error = Assert.Throws<CaravanException>(() => builder.Build());
        Assert.Equal(ErrorCode.PipelineOrder, error.Code);
        Assert.Contains("'quotes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mentions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ArticleStageAfterCorpusStage_Fails()
    {
        var builder = new PipelineBuilder()
            .Use(new FakeStage("text", ArticleFeatures.Raw, ArticleFeatures.Text))
            .Use(new CountingCorpusStage())
            .Use(new FakeStage("late", ArticleFeatures.Text, ArticleFeatures.Quotes));
        Assert.Throws<CaravanException>(() => builder.Build());
    }

    [Fact]
    public void Build_DuplicateStageName_Fails()
    {
        var builder = new PipelineBuilder()
            .Use(new FakeStage("a", ArticleFeatures.Raw, ArticleFeatures.Text))
            .Use(new FakeStage("a", ArticleFeatures.Raw, ArticleFeatures.Text));
        Assert.Throws<CaravanException>(() => builder.Build());
    }

    [Fact]
    public async Task ProcessAsync_ManyArticles_KeepsOrderAndAppliesStagesInOrder()
    {
        var pipeline = new PipelineBuilder { MaxParallelism = 4 }
            .Use(new FakeStage("a", ArticleFeatures.Raw, ArticleFeatures.Text))
            .Use(new FakeStage("b", ArticleFeatures.Text, ArticleFeatures.Language))
            .Use(new CountingCorpusStage())
            .Build();
        var input = Enumerable.Range(0, 100).Select(i => Articles.Raw("d" + i, "text " + i)).ToAsyncEnumerable();
        var results = new List<Article>();
        await foreach (var article in pipeline.Open().ProcessAsync(input, batchSize: 7))
        {
            results.Add(article);
        }

        Assert.Equal(Enumerable.Range(0, 100).Select(i => "d" + i), results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal("ab", r.Title));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), results.Select(r => r.StoryId));
        Assert.All(results, r => Assert.True(r.Features.HasFlag(ArticleFeatures.Story | ArticleFeatures.Language)));
    }

    [Fact]
    public void Restore_ReplaysState_SoResumedRunMatchesUninterrupted()
    {
        var pipeline = new PipelineBuilder()
            .Use(new FakeStage("a", ArticleFeatures.Raw, ArticleFeatures.Text))
            .Use(new CountingCorpusStage())
            .Build();
        var whole = pipeline.Open();
        var all = Enumerable.Range(0, 10).Select(i => whole.Process(Articles.Raw("d" + i, "x"))).ToList();

        var resumed = pipeline.Open();
        foreach (var done in all.Take(6))
        {
            resumed.Restore(done);
        }

        var rest = Enumerable.Range(6, 4).Select(i => resumed.Process(Articles.Raw("d" + i, "x"))).ToList();
        Assert.Equal(all.Skip(6).Select(a => a.StoryId), rest.Select(a => a.StoryId));
    }
}
