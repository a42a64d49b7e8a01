using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerContextStemsTests
{
    [Fact]
    public void StaticFeatures_InflectedCueWord_SameStemFeatureOnlyWithTheRecipeFlag()
    {
        var lexicon = new NerLexicon([], []);
        var plural = new NerSentence(["против", "сборных", "Австрии"]);
        var singular = new NerSentence(["матч", "сборной", "Австрии"]);
        var cue = FeatureHash.Of(68, "сборн");

        var withFlag = Features(lexicon.With(NerFeatureSet.ContextStems), plural);
        var singularWithFlag = Features(lexicon.With(NerFeatureSet.ContextStems), singular);
        var withoutFlag = Features(lexicon, plural);

        Assert.Contains(cue, withFlag.Hashes[withFlag.Offsets[2]..withFlag.Offsets[3]]);
        Assert.Contains(cue, singularWithFlag.Hashes[singularWithFlag.Offsets[2]..singularWithFlag.Offsets[3]]);
        Assert.DoesNotContain(cue, withoutFlag.Hashes);
        // Two templates a token: the stem before it and the stem after it.
        Assert.Equal(withoutFlag.Hashes.Length + (2 * plural.Count), withFlag.Hashes.Length);
    }

    private static (uint[] Hashes, int[] Offsets) Features(NerLexicon lexicon, NerSentence s) =>
        new NerFeatures(lexicon, Gazetteer.Empty).Static(s, new NerDocumentContext([s]), EntityMemory.Empty);
}
