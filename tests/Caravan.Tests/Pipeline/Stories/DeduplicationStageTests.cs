using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Tests.Pipeline.Stories;

public class DeduplicationStageTests
{
    [Fact]
    public void Process_CopiesOfAWireStory_LinkToTheEarliest()
    {
        var wire = StoryTexts.FloodEn;
        var edited = "By our correspondent.\n\n" + wire.Replace("Tuesday", "Tuesday morning", StringComparison.Ordinal);
        var reEdited = edited.Replace("the county inspectorate said", "officials said", StringComparison.Ordinal);
        var results = Run(
            StoryTexts.Fingerprinted("wire", wire, "en"),
            StoryTexts.Fingerprinted("other", StoryTexts.OtherFloodEn, "en"),
            StoryTexts.Fingerprinted("site-a", edited, "en"),
            StoryTexts.Fingerprinted("site-b", reEdited, "en"));
        Assert.Null(results[0].DuplicateOf);
        Assert.Null(results[1].DuplicateOf);
        Assert.Equal("wire", results[2].DuplicateOf);
        Assert.Equal("wire", results[3].DuplicateOf);
    }

    [Fact]
    public void Process_SimilarEventDifferentReport_NotACopy()
    {
        var results = Run(
            StoryTexts.Fingerprinted("a", StoryTexts.FloodEn, "en"),
            StoryTexts.Fingerprinted("b", StoryTexts.OtherFloodEn, "en"),
            StoryTexts.Fingerprinted("c", StoryTexts.MatchEn, "en"));
        Assert.All(results, r => Assert.Null(r.DuplicateOf));
    }

    [Fact]
    public void Restore_FirstArticles_ThenProcessRest_SameLinks()
    {
        var articles = new[]
        {
            StoryTexts.Fingerprinted("wire", StoryTexts.FloodEn, "en"),
            StoryTexts.Fingerprinted("m", StoryTexts.MatchEn, "en"),
            StoryTexts.Fingerprinted("copy", StoryTexts.FloodEn + "\n\nMore soon.", "en"),
            StoryTexts.Fingerprinted("copy2", "Update.\n\n" + StoryTexts.FloodEn, "en"),
        };
        var once = Run(articles);
        for (var k = 0; k <= articles.Length; k++)
        {
            var session = new DeduplicationStage().Open();
            foreach (var done in once.Take(k))
            {
                session.Restore(done);
            }

            var rest = articles.Skip(k).Select(a => session.Process(a, CancellationToken.None)).ToList();
            Assert.Equal(once.Skip(k).Select(a => a.DuplicateOf), rest.Select(a => a.DuplicateOf));
        }
    }

    [Fact]
    public void Process_ArticleWithoutFingerprint_PassesThrough()
    {
        var article = StoryTexts.Make("a", "text", "en");
        Assert.Same(article, new DeduplicationStage().Open().Process(article, CancellationToken.None));
    }

    private static List<Article> Run(params Article[] articles)
    {
        var session = new DeduplicationStage().Open();
        return [.. articles.Select(a => session.Process(a, CancellationToken.None))];
    }
}
