using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Stories;

namespace Caravan.Tests.Pipeline.Stories;

public class StoryStageTests
{
    private static readonly DateTimeOffset Day = new(2024, 9, 17, 8, 0, 0, TimeSpan.Zero);

    private static Article[] Stream() =>
    [
        StoryTexts.Fingerprinted("flood-en", StoryTexts.FloodEn, "en", Day),
        StoryTexts.Fingerprinted("match-en", StoryTexts.MatchEn, "en", Day),
        StoryTexts.Fingerprinted("flood-de", StoryTexts.FloodDe, "de", Day.AddHours(3)),
        StoryTexts.Fingerprinted("galati-en", StoryTexts.OtherFloodEn, "en", Day.AddHours(5)),
        StoryTexts.Fingerprinted("flood-ro", StoryTexts.FloodRo, "ro", Day.AddHours(6)),
    ];

    [Fact]
    public void Process_OneEventInThreeLanguages_OneStory()
    {
        var stories = Run(Stream()).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.Equal(stories["flood-en"], stories["flood-de"]);
        Assert.Equal(stories["flood-en"], stories["flood-ro"]);
    }

    [Fact]
    public void Process_SimilarButDistinctEvent_SeparateStory()
    {
        var stories = Run(Stream()).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.NotEqual(stories["flood-en"], stories["galati-en"]);
        Assert.NotEqual(stories["flood-en"], stories["match-en"]);
        Assert.NotEqual(stories["galati-en"], stories["match-en"]);
    }

    [Fact]
    public void Process_UndatedStream_SameGrouping()
    {
        var undated = Stream().Select(a => a with { Published = null }).ToArray();
        var stories = Run(undated).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.Equal(stories["flood-en"], stories["flood-ro"]);
        Assert.NotEqual(stories["flood-en"], stories["galati-en"]);
    }

    [Fact]
    public void Process_TwoRuns_IdenticalStoryIds()
    {
        Assert.Equal(Run(Stream()).Select(a => a.StoryId), Run(Stream()).Select(a => a.StoryId));
        Assert.All(Run(Stream()), a => Assert.StartsWith("st-", a.StoryId, StringComparison.Ordinal));
    }

    [Fact]
    public void Process_CopyOfAnArticle_JoinsItsStory()
    {
        var copy = StoryTexts.Fingerprinted("copy", StoryTexts.MatchEn, "en") with { DuplicateOf = "flood-en" };
        var results = Run([.. Stream(), copy]);
        Assert.Equal(results[0].StoryId, results[^1].StoryId);
    }

    [Fact]
    public void Restore_FirstKThenProcessRest_SameAsOneRun()
    {
        var stream = Stream();
        var once = Run(stream);
        for (var k = 0; k <= stream.Length; k++)
        {
            var session = new StoryStage().Open();
            foreach (var done in once.Take(k))
            {
                session.Restore(done);
            }

            var rest = stream.Skip(k).Select(a => session.Process(a, CancellationToken.None).StoryId).ToList();
            Assert.Equal(once.Skip(k).Select(a => a.StoryId), rest);
        }
    }

    [Fact]
    public void Build_StoriesWithoutDeduplication_FailsAtBuild()
    {
        var builder = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language }
            .UseFingerprints(lexicon: Lexicon.Empty)
            .UseStories();
        var error = Assert.Throws<CaravanException>(() => builder.Build());
        Assert.Equal(ErrorCode.PipelineOrder, error.Code);
    }

    [Fact]
    public void Process_ThroughPipeline_EveryArticleGetsAStory()
    {
        var pipeline = ClusteringPipeline.Create(StoryTexts.Lexicon);
        var articles = new[] { StoryTexts.Make("a", StoryTexts.FloodEn, "en"), StoryTexts.Make("b", "", "und"), StoryTexts.Make("c", "\0\0", "und") };
        var results = new List<Article>();
        ClusteringPipeline.Run(pipeline, articles, results.Add);
        Assert.Equal(["a", "b", "c"], results.Select(r => r.Id));
        Assert.All(results, r => Assert.NotNull(r.StoryId));
        Assert.All(results, r => Assert.True(r.Features.HasFlag(ArticleFeatures.Story | ArticleFeatures.Duplicates | ArticleFeatures.Fingerprint)));
    }

    private static List<Article> Run(Article[] articles)
    {
        var session = new StoryStage().Open();
        var dedup = new DeduplicationStage().Open();
        return [.. articles.Select(a => session.Process(a.DuplicateOf is null ? dedup.Process(a, CancellationToken.None) : a, CancellationToken.None))];
    }
}
