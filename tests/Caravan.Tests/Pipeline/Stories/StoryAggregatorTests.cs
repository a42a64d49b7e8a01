using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Summaries;

namespace Caravan.Tests.Pipeline.Stories;

public class StoryAggregatorTests
{
    private static readonly DateTimeOffset Day = new(2024, 9, 17, 8, 0, 0, TimeSpan.Zero);

    private static List<Article> Processed() =>
    [
        StoryTexts.Make("en", StoryTexts.FloodEn, "en", Day) with { StoryId = "s1", Title = "Floods force 1,200 from homes in Timisoara" },
        StoryTexts.Make("en-copy", StoryTexts.FloodEn, "en", Day.AddHours(1)) with { StoryId = "s1", DuplicateOf = "en" },
        StoryTexts.Make("en-copy2", StoryTexts.FloodEn, "en", Day.AddHours(2)) with { StoryId = "s1", DuplicateOf = "en-copy" },
        StoryTexts.Make("de", StoryTexts.FloodDe, "de", Day.AddHours(3)) with { StoryId = "s1" },
        StoryTexts.Make("ro", StoryTexts.FloodRo, "ro", Day.AddHours(4)) with { StoryId = "s1" },
        StoryTexts.Make("match", StoryTexts.MatchEn, "en", Day.AddDays(1)) with { StoryId = "s2" },
    ];

    [Fact]
    public void Aggregate_WireCopies_CountOnceAsIndependentSources()
    {
        var story = new StoryAggregator().Aggregate(Processed()).Single(s => s.Id == "s1");
        Assert.Equal(3, story.IndependentSources);
        Assert.Equal(["en", "en-copy", "en-copy2", "de", "ro"], story.Documents.ToArray());
    }

    [Fact]
    public void Aggregate_MultilingualStory_MainLanguageFirstAndSummaryPerLanguage()
    {
        var story = new StoryAggregator().Aggregate(Processed()).Single(s => s.Id == "s1");
        Assert.Equal("en", story.Language);
        Assert.Equal(["en", "de", "ro"], story.Languages.ToArray());
        Assert.Equal(["en", "de", "ro"], story.Summaries.Select(s => s.Language).ToArray());
        Assert.Equal("Floods force 1,200 from homes in Timisoara", story.Title);
        Assert.Contains("Timisoara", story.Summary, StringComparison.Ordinal);
        Assert.Contains("Timișoara", story.Summaries[2].Summary, StringComparison.Ordinal);
        Assert.Equal(Day, story.FirstSeen);
        Assert.Equal(Day.AddHours(4), story.LastSeen);
    }

    [Fact]
    public void Aggregate_ArticleWithoutTitle_TitleFromItsText()
    {
        var story = new StoryAggregator().Aggregate(Processed()).Single(s => s.Id == "s2");
        Assert.False(string.IsNullOrWhiteSpace(story.Title));
        Assert.DoesNotContain('\n', story.Title);
        Assert.Equal(1, story.IndependentSources);
    }

    [Fact]
    public void Aggregate_WithTopicModel_LabelsSportsAndOther()
    {
        var aggregator = new StoryAggregator(TopicClassifier.Open(ModelCatalog.Default, StoryTexts.Lexicon));
        var stories = aggregator.Aggregate(Processed()).ToDictionary(s => s.Id);
        Assert.Equal("sports", stories["s2"].Topics[0]);
        Assert.NotEqual("sports", stories["s1"].Topics[0]);
    }

    [Fact]
    public void Aggregate_CyclicDuplicateLinks_Terminates()
    {
        List<Article> articles =
        [
            StoryTexts.Make("a", StoryTexts.FloodEn, "en") with { StoryId = "s", DuplicateOf = "b" },
            StoryTexts.Make("b", StoryTexts.FloodEn, "en") with { StoryId = "s", DuplicateOf = "a" },
        ];
        Assert.Single(new StoryAggregator().Aggregate(articles));
    }
}
