using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NameTokenRoleTests
{
    private static readonly Dictionary<string, EntityType> Names = new()
    {
        ["werner hoyer"] = EntityType.Per,
        ["werner müller"] = EntityType.Per,
        ["werner bremen"] = EntityType.Org,
        ["deutsche bank"] = EntityType.Org,
        ["bank"] = EntityType.Org,
        ["ursula von der leyen"] = EntityType.Per,
    };

    [Fact]
    public void Index_MultiTokenNames_GivesEachWordItsMostFrequentTypeAndPosition()
    {
        var roles = NameTokenRole.Index(Names);
        Assert.Equal(new NameTokenRole(EntityType.Per, NamePosition.First, 3), roles["werner"]);
        // The one-word "bank" adds nothing: only parts of longer names are indexed.
        Assert.Equal(new NameTokenRole(EntityType.Org, NamePosition.Last, 1), roles["bank"]);
        Assert.Equal(NamePosition.Inner, roles["von"].Position);
        Assert.Equal(new NameTokenRole(EntityType.Per, NamePosition.Last, 1), roles["leyen"]);
    }

    [Fact]
    public void StaticFeatures_PartOfListedNames_MarkedOnlyWithTheRecipeFlag()
    {
        var lexicon = new NerLexicon([], [], names: new EntityMemory(Names));
        var sentence = new NerSentence(["Am", "Montag", "sagte", "Werner", "Immel", ",", "er", "sei", "zufrieden", "."]);
        var first = FeatureHash.Of(80, new NameTokenRole(EntityType.Per, NamePosition.First, 3).Code, sentence.Shapes[3]);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        var parts = new NerFeatures(lexicon.With(NerFeatureSet.NameTokens), Gazetteer.Empty)
            .Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        Assert.DoesNotContain(first, plain.Hashes);
        Assert.Contains(first, parts.Hashes[parts.Offsets[3]..parts.Offsets[4]]);
        // Only "Werner" is part of a listed name: two more features in the sentence.
        Assert.Equal(plain.Hashes.Length + 2, parts.Hashes.Length);
    }
}
