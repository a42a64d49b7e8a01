using Caravan.Pipeline.Stages.Stories;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Stories;

/// <summary>Session 14: agreement on numbers alone scales the score of a story not yet in the article's language.</summary>
public class CrossLanguageNumbersTests
{
    // A threshold that a report naming the story's people and places, with half its words, reaches only when
    // its numbers are left out of the decision; no background, so the weights are the stream's idf alone.
    private static StoryOptions Options(AgreementScale numbers) =>
        new() { Background = 0, CrossLanguageThreshold = 0.40, CrossLanguageNumberAgreement = numbers };

    private static Article Fingerprinted(string id, string language, params string[] terms) =>
        Articles.WithText(id, string.Join(' ', terms), language) with
        {
            Fingerprint = new Fingerprint([], [.. terms.Select(t => new WeightedTerm(t, 1f))]),
            Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language | ArticleFeatures.Fingerprint | ArticleFeatures.Duplicates,
        };

    private static bool Joins(StoryOptions options, params string[] terms)
    {
        var session = new StoryStage(options, BackgroundFrequency.Empty).Open();
        var story = session.Process(Fingerprinted("flood-de", "de", "s:flood", "s:river", "n:tmsr", "#15", "#230"), CancellationToken.None);
        var report = session.Process(Fingerprinted("report-en", "en", terms), CancellationToken.None);
        return story.StoryId == report.StoryId;
    }

    [Fact]
    public void Process_OtherLanguageSameNamesOtherNumbers_KeptApart()
    {
        string[] other = ["s:flood", "s:river", "n:tmsr", "#4", "#88"];
        Assert.True(Joins(Options(new AgreementScale(1, 1, 1)), other));
        Assert.False(Joins(Options(new StoryOptions().CrossLanguageNumberAgreement), other));
    }

    [Fact]
    public void Process_OtherLanguageSameNamesSameNumbers_Joins() =>
        Assert.True(Joins(Options(new StoryOptions().CrossLanguageNumberAgreement), "s:flood", "s:river", "n:tmsr", "#15", "#230"));

    [Fact]
    public void Process_SameLanguageOtherNumbers_NumbersNotWeighedAgain()
    {
        // Within a language the numbers scale is not applied: the report kept apart in another language joins.
        var session = new StoryStage(Options(new StoryOptions().CrossLanguageNumberAgreement) with { Threshold = 0.36 }, BackgroundFrequency.Empty).Open();
        var story = session.Process(Fingerprinted("flood-en", "en", "s:flood", "s:river", "n:tmsr", "#15", "#230"), CancellationToken.None);
        var report = session.Process(Fingerprinted("report-en", "en", "s:flood", "s:river", "n:tmsr", "#4", "#88"), CancellationToken.None);
        Assert.Equal(story.StoryId, report.StoryId);
    }
}
