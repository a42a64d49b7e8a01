using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerResultsTests
{
    [Theory]
    [InlineData("1:1", true)]
    [InlineData("3:0", true)]
    [InlineData("21:18", true)]
    [InlineData("1:0", true)]
    [InlineData("Uhr", false)]
    [InlineData("123:4", false)]
    [InlineData("1:234", false)]
    [InlineData(":1", false)]
    [InlineData("1:", false)]
    [InlineData("a:b", false)]
    [InlineData("14,39", false)]
    public void IsScore_DigitsAroundAColon(string token, bool expected) =>
        Assert.Equal(expected, NerResults.IsScore(token));

    [Fact]
    public void StaticFeatures_SentenceWithAScore_MarkedOnlyWithTheRecipeFlag()
    {
        var lexicon = new NerLexicon([], [], names: new EntityMemory(new Dictionary<string, EntityType> { ["wattenscheid"] = EntityType.Loc }));
        var result = new NerSentence(["Wattenscheid", "-", "Uerdingen", "1:1", "(", "0:0", ")"]);
        var prose = new NerSentence(["In", "Wattenscheid", "wurde", "am", "Montag", "ein", "Stadion", "eröffnet", "."]);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty);
        var results = new NerFeatures(lexicon.With(NerFeatureSet.Results), Gazetteer.Empty);
        var marked = FeatureHash.Of(90, 1, result.Shapes[0]);

        var withoutFlag = plain.Static(result, new NerDocumentContext([result]), EntityMemory.Empty);
        var withFlag = results.Static(result, new NerDocumentContext([result]), EntityMemory.Empty);
        Assert.DoesNotContain(marked, withoutFlag.Hashes);
        Assert.Contains(marked, withFlag.Hashes[withFlag.Offsets[0]..withFlag.Offsets[1]]);
        // The listed place is seen as such inside the result: its name-list mark joins the score mark.
        var listed = FeatureHash.Of(91, (lexicon.Names.Mark(result.Lower)[0] * 16) + 0, result.Shapes[0]);
        Assert.NotEqual(0, lexicon.Names.Mark(result.Lower)[0]);
        Assert.Contains(listed, withFlag.Hashes[withFlag.Offsets[0]..withFlag.Offsets[1]]);
        Assert.Equal(withoutFlag.Hashes.Length + (3 * result.Count), withFlag.Hashes.Length);

        // Prose without a score pays nothing: the same features with or without the flag.
        var proseWithout = plain.Static(prose, new NerDocumentContext([prose]), EntityMemory.Empty);
        var proseWith = results.Static(prose, new NerDocumentContext([prose]), EntityMemory.Empty);
        Assert.Equal(proseWithout.Hashes, proseWith.Hashes);
    }
}
