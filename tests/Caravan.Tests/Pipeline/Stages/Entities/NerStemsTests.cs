using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerStemsTests
{
    [Theory]
    [InlineData("москвы", "москв")]
    [InlineData("москва", "москв")]
    [InlineData("путина", "путин")]
    [InlineData("путин", "путин")]
    [InlineData("германии", "германи")]
    [InlineData("германия", "германи")]
    [InlineData("российской", "российск")]
    [InlineData("оба", "оба")]
    [InlineData("berlin", "berlin")]
    public void Of_CaseEnding_CutsToTheStemOfEveryForm(string word, string stem) =>
        Assert.Equal(stem, NerStems.Of(word));

    [Fact]
    public void Index_NameWords_LowestMarkWinsWholeNamesBeforeParts()
    {
        var names = new EntityMemory(new Dictionary<string, EntityType>
        {
            ["москва"] = EntityType.Loc,
            ["владимир путин"] = EntityType.Per,
            ["динамо москва"] = EntityType.Org,
        });
        var index = names.StemIndex;
        Assert.Equal(1 + (int)EntityType.Loc, index["москв"]);
        Assert.Equal(1 + (int)EntityType.Per + 4, index["путин"]);
        Assert.Same(index, names.StemIndex);
    }

    [Fact]
    public void StaticFeatures_InflectedListedName_MarkedOnlyWithTheRecipeFlag()
    {
        var names = new EntityMemory(new Dictionary<string, EntityType> { ["москва"] = EntityType.Loc });
        var lexicon = new NerLexicon([], [], names: names);
        var sentence = new NerSentence(["Делегация", "прибыла", "из", "Москвы", "в", "среду", "."]);
        var mark = FeatureHash.Of(67, (1 + (int)EntityType.Loc) * 16, sentence.Shapes[3]);
        var context = new NerDocumentContext([sentence]);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, context, EntityMemory.Empty);
        var stemmed = new NerFeatures(lexicon.With(NerFeatureSet.NameStems), Gazetteer.Empty).Static(sentence, context, EntityMemory.Empty);
        Assert.DoesNotContain(mark, plain.Hashes);
        Assert.Contains(mark, stemmed.Hashes[stemmed.Offsets[3]..stemmed.Offsets[4]]);
        Assert.DoesNotContain(mark, stemmed.Hashes[stemmed.Offsets[0]..stemmed.Offsets[3]]);
        Assert.Equal(plain.Hashes.Length + sentence.Count, stemmed.Hashes.Length);
    }
}
