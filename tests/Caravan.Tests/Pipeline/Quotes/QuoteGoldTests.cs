using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Testing;
using Xunit.Abstractions;

namespace Caravan.Tests.Pipeline.Quotes;

/// <summary>
/// Quality gates on the gold set (issue 7): with the gold mentions as input, so the figures measure the
/// quote and relation stages alone; with Caravan's own NER models, as `analyze` runs them; and with the
/// test kit's crude recogniser. Scores are reported apart for the held-back documents (*-06, *-07; their
/// first run, before the fixes they prompted, is in docs/benchmarks/quotes.md). Floors are tied to this corpus and only lowered on purpose.
/// </summary>
public class QuoteGoldTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<GoldDocument> Docs = GoldCorpus.Load();

    [Fact]
    public void GoldSet_Size_MeetsIssueMinimum()
    {
        Assert.True(Docs.Sum(d => d.Quotes.Length) >= 60);
        Assert.True(Docs.Sum(d => d.Relations.Length) >= 40);
        Assert.Equal(["de", "en", "fr", "ro", "ru"], Docs.Select(d => d.Language).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stages_GoldMentions_ReachIssueTargets()
    {
        var scores = QuoteGoldScores.Measure(Docs, d => d.WithGoldMentions());
        Report("gold mentions", scores);
        Report("gold mentions, held-back documents", QuoteGoldScores.Measure(Docs.Where(d => d.HeldBack), d => d.WithGoldMentions()));
        Assert.True(scores.QuoteRecall >= GoldMentionFloors.QuoteRecall, scores.ToString());
        Assert.True(scores.SpeakerAccuracy >= GoldMentionFloors.SpeakerAccuracy, scores.ToString());
        Assert.True(scores.RelationPrecision >= GoldMentionFloors.RelationPrecision, scores.ToString());
        Assert.True(scores.AnonymousAccuracy >= GoldMentionFloors.AnonymousAccuracy, scores.ToString());
    }

    [Fact]
    public void Stages_CrudeRecogniser_StayAboveFloor()
    {
        var scores = QuoteGoldScores.Measure(Docs, d => d.WithRecognisedMentions());
        Report("capitalised-word recogniser", scores);

        // Quote finding hardly depends on mentions; speakers and relations do.
        Assert.True(scores.QuoteRecall >= CrudeRecogniserFloors.QuoteRecall, scores.ToString());
        Assert.True(scores.SpeakerAccuracy >= CrudeRecogniserFloors.SpeakerAccuracy, scores.ToString());
    }

    [Fact]
    public void Stages_CaravanRecogniser_StayAboveFloor()
    {
        // The whole chain as `analyze` runs it: sentences, the shipped NER models, then quotes and relations.
        var recogniser = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language }
            .UseSentences()
            .UseEntities(ModelCatalog.Default)
            .Build();
        Article Recognise(GoldDocument d) => recogniser.ProcessArticle(Articles.WithText(d.Name, d.Text, d.Language));
        var scores = QuoteGoldScores.Measure(Docs, Recognise);
        Report("Caravan NER", scores);
        Report("Caravan NER, development documents", QuoteGoldScores.Measure(Docs.Where(d => !d.HeldBack), Recognise));
        Report("Caravan NER, held-back documents", QuoteGoldScores.Measure(Docs.Where(d => d.HeldBack), Recognise));
        Assert.True(scores.QuoteRecall >= CaravanRecogniserFloors.QuoteRecall, scores.ToString());
        Assert.True(scores.SpeakerAccuracy >= CaravanRecogniserFloors.SpeakerAccuracy, scores.ToString());
        Assert.True(scores.RelationPrecision >= CaravanRecogniserFloors.RelationPrecision, scores.ToString());
    }

    private void Report(string variant, QuoteGoldScores scores)
    {
        output.WriteLine($"{variant}: {scores}");
        foreach (var e in scores.Errors)
        {
            output.WriteLine("  " + e);
        }
    }
}

/// <summary>
/// Floors just under the figures measured on the 35 documents (docs/benchmarks/quotes.md); raise them as
/// the stages improve, lower them only on purpose. Issue 7's targets: recall 0.90, speakers 0.90, relations 0.85.
/// </summary>
internal static class GoldMentionFloors
{
    public const double QuoteRecall = 0.99;
    public const double SpeakerAccuracy = 0.98;
    public const double RelationPrecision = 0.98;
    public const double AnonymousAccuracy = 0.98;
}

/// <summary>With the shipped NER models producing the mentions, as `analyze` runs them.</summary>
internal static class CaravanRecogniserFloors
{
    public const double QuoteRecall = 0.99;
    public const double SpeakerAccuracy = 0.98;
    public const double RelationPrecision = 0.89;
}

/// <summary>With the test kit's capitalised-word recogniser.</summary>
internal static class CrudeRecogniserFloors
{
    public const double QuoteRecall = 0.98;
    public const double SpeakerAccuracy = 0.93;
}
