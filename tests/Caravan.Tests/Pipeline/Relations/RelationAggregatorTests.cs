using Caravan.Pipeline.Stages.Relations;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Relations;

public class RelationAggregatorTests
{
    private static Article Linked(string id, string? duplicateOf, string text)
    {
        var mentions = ImmutableArray.Create(
            new Mention(new TextSpan(0, 7), "Blinken", EntityType.Per, "blinken", "A1"),
            new Mention(new TextSpan(12, 19), "Tokayev", EntityType.Per, "tokayev", "A2"));
        return Articles.WithSentences(id, text, "en") with
        {
            Mentions = mentions,
            DuplicateOf = duplicateOf,
            Relations = [new RelationMention("blinken", "tokayev", "04", "meet", new TextSpan(0, text.Length))],
        };
    }

    [Fact]
    public void Aggregate_WireCopies_CountOnceAsIndependentSource()
    {
        var articles = new[]
        {
            Linked("a", null, "Blinken met Tokayev."),
            Linked("b", "a", "Blinken met Tokayev."),
            Linked("c", "a", "Blinken met Tokayev."),
            Linked("d", null, "Blinken met Tokayev again."),
        };
        var r = Assert.Single(RelationAggregator.Aggregate(articles));
        Assert.Equal(("A1", "A2", "04", "meet"), (r.SourceActorId, r.TargetActorId, r.Code, r.Label));
        Assert.Equal(["a", "b", "c", "d"], r.Documents.ToArray());
        Assert.Equal(2, r.IndependentSources);
        Assert.Equal(["Blinken met Tokayev.", "Blinken met Tokayev again."], r.Evidence.ToArray());
    }

    [Fact]
    public void Aggregate_SameInputTwice_SameOutput()
    {
        var articles = new[] { Linked("a", null, "Blinken met Tokayev."), Linked("d", null, "Blinken met Tokayev again.") };
        Assert.Equal(RelationAggregator.Aggregate(articles).Select(r => r.Code + string.Join(",", r.Documents)),
            RelationAggregator.Aggregate(articles).Select(r => r.Code + string.Join(",", r.Documents)));
    }
}
