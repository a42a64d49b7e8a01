using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class TitleWordFeatureTests
{
    [Fact]
    public void StaticFeatures_TitleWordItself_MarkedOnlyWithTheRecipeFlag()
    {
        var lexicon = new NerLexicon([], ["primarul", "ministrul"]);
        var sentence = new NerSentence(["Ieri", "primarul", "Ionel", "Stan", "a", "cerut", "bani", "."]);
        var document = new NerDocumentContext([sentence]);
        var title = FeatureHash.Of(83, 2);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, document, EntityMemory.Empty);
        var marked = new NerFeatures(lexicon.With(NerFeatureSet.TitleWords), Gazetteer.Empty).Static(sentence, document, EntityMemory.Empty);
        Assert.DoesNotContain(title, plain.Hashes);
        Assert.Contains(title, marked.Hashes[marked.Offsets[1]..marked.Offsets[2]]);
        // One template per token, and only "primarul" is a title.
        Assert.Equal(plain.Hashes.Length + sentence.Count, marked.Hashes.Length);
        Assert.Single(marked.Hashes, h => h == title);
    }
}
