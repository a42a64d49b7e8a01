using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Stories;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Stories;

/// <summary>
/// Session 15 (issue #6): a weak second join stays provisional, and the story splits when later articles side
/// with each founder. Two arrests of one kind: four words shared by both, four of each event's own.
/// </summary>
public class ProvisionalStoryTests
{
    private static readonly string[] Kind = ["s:arrest", "s:police", "s:charge", "s:driver"];

    private static readonly string[] First = ["s:tuesday", "s:harbor", "s:truck", "s:bridge"];

    private static readonly string[] Second = ["s:sunday", "s:stadium", "s:sedan", "s:tunnel"];

    // No background, so the weights are the stream's idf alone.
    private static StoryOptions Options(double provisionalBelow = 2.2) => new() { Background = 0, ProvisionalBelow = provisionalBelow };

    private static Article Fingerprinted(string id, string language, params string[][] parts) =>
        Articles.WithText(id, id, language) with
        {
            Fingerprint = new Fingerprint([], [.. parts.SelectMany(p => p).Select(t => new WeightedTerm(t, 1f))]),
            Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language | ArticleFeatures.Fingerprint | ArticleFeatures.Duplicates,
        };

    // Both events' first reports meet on the kind of event alone, then each event has one more report, then the second again.
    private static Article[] Stream(string secondLanguage = "en") =>
    [
        Fingerprinted("harbor-1", "en", Kind, First),
        Fingerprinted("stadium-1", secondLanguage, Kind, Second),
        Fingerprinted("harbor-2", "en", Kind, First),
        Fingerprinted("stadium-2", secondLanguage, Kind, Second),
        Fingerprinted("stadium-3", secondLanguage, Kind, Second),
    ];

    private static List<Article> Run(StoryOptions options, Article[] articles)
    {
        var session = new StoryStage(options, BackgroundFrequency.Empty).Open();
        return [.. articles.Select(a => session.Process(a, CancellationToken.None))];
    }

    [Fact]
    public void Process_LaterArticlesSideWithEachFounder_SecondFounderLeavesWithItsSide()
    {
        var stories = Run(Options(), Stream()).ToDictionary(a => a.Id, a => a.StoryId);
        // The weak join and the first later report are placed before the split and keep their story.
        Assert.Equal(stories["harbor-1"], stories["stadium-1"]);
        Assert.Equal(stories["harbor-1"], stories["harbor-2"]);
        // The split: the second event's reports now form the story founded by its first report.
        Assert.Equal("st-" + StableHash.Hex("stadium-1"), stories["stadium-2"]);
        Assert.Equal(stories["stadium-2"], stories["stadium-3"]);
    }

    [Fact]
    public void Process_SplittingOff_OneStory()
    {
        var stories = Run(Options(provisionalBelow: 0), Stream()).Select(a => a.StoryId).Distinct();
        Assert.Single(stories);
    }

    [Fact]
    public void Process_StrongSecondJoin_NotProvisional()
    {
        // The same weak join made strong (the second report repeats the first's own words): no split later.
        Article[] stream = [Fingerprinted("harbor-1", "en", Kind, First), Fingerprinted("harbor-0", "en", Kind, First), .. Stream()[2..]];
        Assert.Single(Run(Options(), stream).Select(a => a.StoryId).Distinct());
    }

    [Fact]
    public void Process_SecondFounderInAnotherLanguage_NotProvisional()
    {
        // A translation scores low against its original's story, so a weak join across languages is kept.
        var options = Options() with { CrossLanguageThreshold = Options().Threshold };
        Assert.Single(Run(options, Stream(secondLanguage: "de")).Select(a => a.StoryId).Distinct());
    }

    [Fact]
    public void Restore_FirstKThenProcessRest_SameAsOneRun()
    {
        var stream = Stream();
        var once = Run(Options(), stream);
        for (var k = 0; k <= stream.Length; k++)
        {
            var session = new StoryStage(Options(), BackgroundFrequency.Empty).Open();
            foreach (var done in once.Take(k))
            {
                session.Restore(done);
            }

            var rest = stream.Skip(k).Select(a => session.Process(a, CancellationToken.None).StoryId).ToList();
            Assert.Equal(once.Skip(k).Select(a => a.StoryId), rest);
        }
    }
}
