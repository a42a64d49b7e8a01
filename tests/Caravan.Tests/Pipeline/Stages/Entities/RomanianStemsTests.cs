using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class RomanianStemsTests
{
    [Theory]
    [InlineData("jucător", "jucator")]
    [InlineData("jucătorul", "jucator")]
    [InlineData("jucători", "jucator")]
    [InlineData("jucătorii", "jucator")]
    [InlineData("jucătorilor", "jucator")]
    [InlineData("persoana", "persoan")]
    [InlineData("persoanele", "persoan")]
    [InlineData("persoanelor", "persoan")]
    [InlineData("președintele", "presedint")]
    [InlineData("președintelui", "presedint")]
    [InlineData("președinți", "presedint")]
    [InlineData("el", "el")]
    public void Of_InflectedForms_ShareOneStemWithoutDiacritics(string word, string stem) =>
        Assert.Equal(stem, RomanianStems.Of(word));

    [Fact]
    public void StaticFeatures_UnseenFormOfARememberedPersonNoun_MarkedOnlyWithTheRecipeFlag()
    {
        var memory = new EntityMemory(new Dictionary<string, EntityType> { ["jucătorii"] = EntityType.Per });
        var lexicon = new NerLexicon([], []);
        var sentence = new NerSentence(["Antrenorul", "a", "vorbit", "cu", "jucătorilor", "după", "meci", "."]);
        var context = new NerDocumentContext([sentence]);
        var mark = FeatureHash.Of(103, 1 + (int)EntityType.Per, sentence.Shapes[4]);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, context, memory);
        var stemmed = new NerFeatures(lexicon.With(NerFeatureSet.RomanianStems), Gazetteer.Empty).Static(sentence, context, memory);
        Assert.DoesNotContain(mark, plain.Hashes);
        Assert.Contains(mark, stemmed.Hashes[stemmed.Offsets[4]..stemmed.Offsets[5]]);
        Assert.DoesNotContain(mark, stemmed.Hashes[stemmed.Offsets[0]..stemmed.Offsets[4]]);
        Assert.Contains(FeatureHash.Of(100, "jucator"), stemmed.Hashes[stemmed.Offsets[4]..stemmed.Offsets[5]]);
    }
}
