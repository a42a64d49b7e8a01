using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NameInflectionFeatureTests
{
    [Fact]
    public void StaticFeatures_GenitiveOfAListedName_MarkedOnlyWithTheRecipeFlag()
    {
        var names = new EntityMemory(new Dictionary<string, EntityType> { ["kasachstan"] = EntityType.Loc });
        var lexicon = new NerLexicon([], [], names: names);
        var sentence = new NerSentence(["Kasachstans", "Präsident", "reiste", "nach", "Moskau", "."]);
        var shape = sentence.Shapes[0];
        var genitive = FeatureHash.Of(66, ((1 + (int)EntityType.Loc) * 8) + 0, shape);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        var inflected = new NerFeatures(lexicon.With(NerFeatureSet.NameInflections), Gazetteer.Empty)
            .Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        Assert.DoesNotContain(genitive, plain.Hashes);
        Assert.Contains(genitive, inflected.Hashes[inflected.Offsets[0]..inflected.Offsets[1]]);
        // "Präsident" does not end in s and "Moskau" is not listed: no mark anywhere else.
        Assert.Equal(plain.Hashes.Length + 1, inflected.Hashes.Length);
    }
}
