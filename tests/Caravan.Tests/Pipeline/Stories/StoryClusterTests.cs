using Caravan.Pipeline.Stages.Stories;

namespace Caravan.Tests.Pipeline.Stories;

public class StoryClusterTests
{
    private static DocVector Vector(TermSpace space, params string[] terms) =>
        space.Vector([.. terms.Select(t => new WeightedTerm(t, 1f))]);

    private static StoryCluster Story(TermSpace space, params string[] terms)
    {
        var story = new StoryCluster("st-test", 0);
        var vector = Vector(space, terms);
        story.Add(vector, "en", null, 0, 600, space);
        space.Count(vector);
        return story;
    }

    [Fact]
    public void Vector_BackgroundShares_CommonWordWeighsLessThanRareNameInAFreshStream()
    {
        var space = new TermSpace(BackgroundFrequency.Of([new("s:people", 0.5f)]), 200);
        var vector = Vector(space, "s:people", "n:blnkn");
        Assert.True(vector.Weights[0] * 2 < vector.Weights[1]);

        // Without a background, the first article of a stream weighs every term alike.
        var plain = Vector(new TermSpace(BackgroundFrequency.Empty, 0), "s:people", "n:blnkn");
        Assert.Equal(plain.Weights[0], plain.Weights[1]);
    }

    [Fact]
    public void Overlap_SameNamesAndNumbers_FullAgreement()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr", "#15");
        var overlap = story.Overlap(Vector(space, "s:flood", "n:tmsr", "#15"));
        Assert.Equal(1.0, overlap.Agreement!.Value, 6);
        Assert.True(overlap.Dot > 0);
    }

    [Fact]
    public void Overlap_SameTopicOtherNamesAndNumbers_NoAgreement()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "s:river", "n:tmsr", "#15");
        var overlap = story.Overlap(Vector(space, "s:flood", "s:river", "n:glt", "#4"));
        Assert.Equal(0.0, overlap.Agreement!.Value, 6);
        Assert.True(overlap.Dot > 0);
    }

    [Fact]
    public void Overlap_HalfTheArticlesNamesInTheStory_AgreementBetween()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr", "n:bg");
        var overlap = story.Overlap(Vector(space, "s:flood", "n:tmsr", "n:glt"));
        Assert.InRange(overlap.Agreement!.Value, 0.3, 0.7);
    }

    [Fact]
    public void Overlap_ArticleWithoutNamesOrNumbers_NoAgreementMeasured()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr");
        Assert.Null(story.Overlap(Vector(space, "s:flood", "s:river")).Agreement);
    }

    [Fact]
    public void Overlap_SameNamesOtherNumbers_NoNumberAgreement()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr", "#15");
        var overlap = story.Overlap(Vector(space, "s:flood", "n:tmsr", "#4"));
        Assert.Equal(0.0, overlap.NumberAgreement!.Value, 6);
        Assert.InRange(overlap.Agreement!.Value, 0.3, 0.7);
    }

    [Fact]
    public void Overlap_SameNumbers_FullNumberAgreement()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr", "#15", "#230");
        Assert.Equal(1.0, story.Overlap(Vector(space, "s:flood", "n:glt", "#15", "#230")).NumberAgreement!.Value, 6);
    }

    [Fact]
    public void Overlap_ArticleWithoutNumbers_NoNumberAgreementMeasured()
    {
        var space = new TermSpace(BackgroundFrequency.Empty, 0);
        var story = Story(space, "s:flood", "n:tmsr", "#15");
        var overlap = story.Overlap(Vector(space, "s:flood", "n:tmsr"));
        Assert.Null(overlap.NumberAgreement);
        Assert.NotNull(overlap.Agreement);
    }

    [Theory]
    [InlineData(0.0, 0.6)]
    [InlineData(0.35, 1.0)]
    [InlineData(0.7, 1.4)]
    [InlineData(1.0, 1.4)]
    public void Factor_Agreement_ScaledAndClamped(double agreement, double factor) =>
        Assert.Equal(factor, new AgreementScale(0.35, 0.6, 1.4).Factor(agreement), 6);

    [Fact]
    public void Defaults_CrossLanguageStoryAgreeingOnAThirdOfNamesAndNumbers_ScoredDown()
    {
        // A same-topic report in another language shares a third of the names and numbers (WMT 2008-2012 false
        // merges: agreement 0.19-0.29); a translation keeps most of them. Session 8: the reference went 0.25 -> 0.35,
        // and one scale serves both relations.
        var options = new StoryOptions();
        Assert.True(options.CrossLanguageAgreement.Factor(0.3) < 1);
        Assert.True(options.CrossLanguageAgreement.Factor(0.6) > 1.5 - 1e-9);
        Assert.Equal(options.SameLanguageAgreement, options.CrossLanguageAgreement);
    }
}
