using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Tests.Core;

/// <summary>Per-document limits (issue #8): past one, that document fails with CARAVAN0010, the others go on.</summary>
public sealed class PipelineLimitsTests
{
    private sealed class TextStage(int length) : IArticleStage
    {
        public StageInfo Info { get; } = new("text", 1, ArticleFeatures.Raw, ArticleFeatures.Text);

        public Article Process(Article article, CancellationToken cancellationToken) =>
            article with { Text = new string('a', article.Id == "big" ? length : 10) };
    }

    private sealed class SlowStage(bool observesToken) : IArticleStage
    {
        public StageInfo Info { get; } = new("slow", 1, ArticleFeatures.Text, ArticleFeatures.Sentences);

        public Article Process(Article article, CancellationToken cancellationToken)
        {
            if (article.Id == "slow")
            {
                if (observesToken)
                {
                    Task.Delay(TimeSpan.FromSeconds(30), cancellationToken).GetAwaiter().GetResult();
                }
                else
                {
                    Thread.Sleep(300);
                }
            }

            return article;
        }
    }

    private static Article Raw(string id) => new() { Id = id, Source = new SourceInfo(id, null, SourceKind.PlainText), ContentHash = id, Features = ArticleFeatures.Raw };

    [Fact]
    public void ProcessBatch_TextOverMaxTextChars_FailsThatArticleOnly()
    {
        var pipeline = new PipelineBuilder { Limits = new PipelineLimits { MaxTextChars = 1000 } }
            .Use(new TextStage(1001)).Use(new SlowStage(false)).Build();
        var failures = new List<ArticleFailure>();
        var done = pipeline.Open().ProcessBatch([Raw("small"), Raw("big")], CancellationToken.None, failures.Add);
        Assert.Equal(["small"], done.Select(a => a.Id));
        var failure = Assert.Single(failures);
        Assert.Equal("big", failure.ArticleId);
        Assert.Equal(ErrorCode.LimitExceeded, Assert.IsType<CaravanException>(failure.Error).Code);
        Assert.Contains("MaxTextChars", failure.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ProcessBatch_StageOverTimeBudget_FailsThatArticleOnly(bool observesToken)
    {
        var pipeline = new PipelineBuilder { Limits = new PipelineLimits { StageTimeBudget = TimeSpan.FromMilliseconds(100) } }
            .Use(new TextStage(0)).Use(new SlowStage(observesToken)).Build();
        var failures = new List<ArticleFailure>();
        var done = pipeline.Open().ProcessBatch([Raw("quick"), Raw("slow")], CancellationToken.None, failures.Add);
        Assert.Equal(["quick"], done.Select(a => a.Id));
        var failure = Assert.Single(failures);
        Assert.Equal("slow", failure.Stage);
        Assert.Contains("time budget", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteStage_MoreQuotesThanMaxQuotes_FailsWithLimitExceeded()
    {
        var text = string.Concat(Enumerable.Repeat("„Wir sind bereit, jeden Tag zu reden“, sagte er. ", 20));
        var article = new Article
        {
            Id = "q", Source = new SourceInfo("q", null, SourceKind.PlainText), ContentHash = "q", Text = text, Language = "de",
            Features = ArticleFeatures.Text | ArticleFeatures.Sentences | ArticleFeatures.Mentions,
        };
        Assert.NotEmpty(new QuoteStage().Process(article, CancellationToken.None).Quotes);
        var error = Assert.Throws<CaravanException>(() => new QuoteStage(QuoteOptions.Default with { MaxQuotes = 3 }).Process(article, CancellationToken.None));
        Assert.Equal(ErrorCode.LimitExceeded, error.Code);
    }
}
