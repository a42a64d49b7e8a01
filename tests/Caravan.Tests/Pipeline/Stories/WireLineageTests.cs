using System.Text;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Stories;

namespace Caravan.Tests.Pipeline.Stories;

/// <summary>
/// Issue #6, the seed articles' situation with texts written for these tests: two German rewrites of
/// one agency story, a Romanian report of the same visit, and two other events on the same region.
/// </summary>
public class WireLineageTests
{
    private static readonly (string Id, string Text, string Language)[] Stream =
    [
        ("report-de", WireTexts.ReportDe, "de"),
        ("preview-de", WireTexts.PreviewDe, "de"),
        ("interview-de", WireTexts.InterviewDe, "de"),
        ("forum-de", WireTexts.ForumDe, "de"),
        ("report-ro", WireTexts.ReportRo, "ro"),
    ];

    [Fact]
    public void Issue6_RewritesOfOneAgencyStory_LinkedAsCopies()
    {
        var session = new DeduplicationStage().Open();
        var results = Stream.Select(d => session.Process(StoryTexts.Fingerprinted(d.Id, d.Text, d.Language), CancellationToken.None))
            .ToDictionary(a => a.Id, a => a.DuplicateOf);
        Assert.Equal("report-de", results["preview-de"]);
        Assert.Null(results["report-de"]);
        Assert.Null(results["interview-de"]);
        Assert.Null(results["forum-de"]);
        Assert.Null(results["report-ro"]);
    }

    [Fact]
    public void Issue6_ClusterPipeline_OneStoryForTheVisit_OthersAlone()
    {
        var pipeline = ClusteringPipeline.Create(StoryTexts.Lexicon);
        var results = new List<Article>();
        ClusteringPipeline.Run(pipeline, Stream.Select(d => StoryTexts.Make(d.Id, d.Text, d.Language)), results.Add);
        AssertSeedGrouping(results);
    }

    [Fact]
    public void Issue6_AnalyzePipeline_OneStoryForTheVisit_OthersAlone()
    {
        var pipeline = CaravanPipelines.CreateDefault();
        var raw = Stream.Select(d => new RawDocument(d.Id, new SourceInfo(d.Id + ".txt", null, SourceKind.PlainText),
            Encoding.UTF8.GetBytes(d.Text), "h-" + d.Id, DocumentHints.None).ToArticle());
        var results = pipeline.Open().ProcessBatch([.. raw], CancellationToken.None).ToList();
        AssertSeedGrouping(results);
    }

    private static void AssertSeedGrouping(List<Article> results)
    {
        var story = results.ToDictionary(a => a.Id, a => a.StoryId);
        Assert.Equal(story["report-de"], story["preview-de"]);
        Assert.Equal(story["report-de"], story["report-ro"]);
        Assert.Equal(3, story.Values.Distinct().Count());
        Assert.Equal("report-de", results.Single(a => a.Id == "preview-de").DuplicateOf);
    }
}
