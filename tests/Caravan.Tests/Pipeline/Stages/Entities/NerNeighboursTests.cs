using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerNeighboursTests
{
    private static readonly NerSentence Introduced = new(["Trainer", "Klaus", "Vogel", "lobte", "die", "Abwehr", "."]);
    private static readonly NerSentence Alone = new(["Das", "sagte", "Vogel", "nach", "dem", "Spiel", "."]);

    [Fact]
    public void Of_WordCapitalisedTwice_GetsTheNeighboursOfBothOccurrences()
    {
        var neighbours = new NerNeighbours([Introduced, Alone], WordClusters.Empty);

        var vogel = neighbours.Of("vogel");

        Assert.Contains(FeatureHash.Of(110, "klaus"), vogel);
        Assert.Contains(FeatureHash.Of(110, "sagte"), vogel);
        Assert.Contains(FeatureHash.Of(111, "lobte"), vogel);
        Assert.Contains(FeatureHash.Of(111, "nach"), vogel);
        Assert.Equal(4, vogel.Length);
    }

    [Fact]
    public void Of_WordCapitalisedOnce_HasNone()
    {
        var neighbours = new NerNeighbours([Introduced, new NerSentence(["Die", "vogel", "flogen", "."])], WordClusters.Empty);

        Assert.Empty(neighbours.Of("vogel"));
        Assert.Empty(neighbours.Of("klaus"));
    }

    [Fact]
    public void Of_WithWordClasses_AddsTheNeighboursClasses()
    {
        var clusters = new WordClusters([new KeyValuePair<string, int>("klaus", 100), new KeyValuePair<string, int>("sagte", 200)]);
        var neighbours = new NerNeighbours([Introduced, Alone], clusters);

        var vogel = neighbours.Of("vogel");

        Assert.Contains(FeatureHash.Of(112, WordClusters.At(100, 1)), vogel);
        Assert.Contains(FeatureHash.Of(112, WordClusters.At(200, 1)), vogel);
        Assert.Contains(FeatureHash.Of(113, -1), vogel);
    }

    [Fact]
    public void StaticFeatures_RecurringName_AggregatedOnlyWithTheRecipeFlag()
    {
        var document = new[] { Introduced, Alone };
        var plain = new NerFeatures(NerLexicon.Empty, Gazetteer.Empty);
        var aggregating = new NerFeatures(NerLexicon.Empty.With(NerFeatureSet.Neighbours), Gazetteer.Empty);
        var introduced = FeatureHash.Of(110, "klaus");

        var without = plain.Static(Alone, new NerDocumentContext(document), EntityMemory.Empty);
        var with = aggregating.Static(Alone, new NerDocumentContext(document), EntityMemory.Empty);

        Assert.DoesNotContain(introduced, without.Hashes);
        Assert.Contains(introduced, with.Hashes[with.Offsets[2]..with.Offsets[3]]);
        // Only the recurring capitalised word gains features ("Das" and "Spiel" occur once).
        Assert.Equal(without.Hashes.Length + 4, with.Hashes.Length);
    }
}
