using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Tests.Pipeline.Quotes;

public class QuoteRecordTests
{
    private static Article Processed()
    {
        var text = "Kassym-Jomart Tokayev spoke first. “We are ready for more cooperation,” Tokayev said.";
        var article = MarkedMentions.Article(text, "en");
        var mentions = ImmutableArray.Create(
            new Mention(new TextSpan(0, 21), "Kassym-Jomart Tokayev", EntityType.Per, "tokayev", "actor-7"),
            new Mention(new TextSpan(text.IndexOf("Tokayev said", StringComparison.Ordinal), text.IndexOf("Tokayev said", StringComparison.Ordinal) + 7), "Tokayev", EntityType.Per, "tokayev", "actor-7"));
        return new QuoteStage().Process(article with { Mentions = mentions }, CancellationToken.None);
    }

    [Fact]
    public void Of_NoActorTable_SpeakerIsFullestNameOfTheKey()
    {
        var r = Assert.Single(QuoteRecord.Of(Processed()));
        Assert.Equal(("Kassym-Jomart Tokayev", "Tokayev", "PER", true), (r.Speaker, r.SpeakerMention, r.SpeakerType, r.Direct));
    }

    [Fact]
    public void Of_ActorTable_SpeakerIsCanonicalActorName()
    {
        var r = Assert.Single(QuoteRecord.Of(Processed(), id => id == "actor-7" ? "Kassym-Jomart Tokayev (KZ)" : null));
        Assert.Equal("Kassym-Jomart Tokayev (KZ)", r.Speaker);
    }
}
