using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerCoordinationTests
{
    [Theory]
    [InlineData(",", 1)]
    [InlineData("и", 2)]
    [InlineData("and", 2)]
    [InlineData("und", 2)]
    [InlineData("with", 0)]
    [InlineData("Und", 0)]
    [InlineData(".", 0)]
    [InlineData("-", 0)]
    public void Separator_CommaOrShortLowercaseWord(string token, int expected) =>
        Assert.Equal(expected, NerCoordination.Separator(token));

    [Fact]
    public void StaticFeatures_ListedNameAcrossAComma_MarksTheNextNameOnlyWithTheRecipeFlag()
    {
        var lexicon = new NerLexicon([], [], names: new EntityMemory(new Dictionary<string, EntityType> { ["ольборг"] = EntityType.Loc }));
        var list = new NerSentence(["Копенгаген", ",", "Хернинг", "и", "Ольборг", "."]);
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(list, new NerDocumentContext([list]), EntityMemory.Empty);
        var coordinated = new NerFeatures(lexicon.With(NerFeatureSet.Coordination), Gazetteer.Empty)
            .Static(list, new NerDocumentContext([list]), EntityMemory.Empty);
        var listed = lexicon.Names.Mark(list.Lower)[4];
        Assert.NotEqual(0, listed);

        // "Хернинг" (2) sees the listed "Ольборг" (4) after the conjunction: side +1, separator 2, name list × 16.
        var across = FeatureHash.Of(115, (((1 + 1) * 2) + 2) * 256 + (listed * 16), list.Shapes[2]);
        Assert.Contains(across, coordinated.Hashes[coordinated.Offsets[2]..coordinated.Offsets[3]]);
        Assert.DoesNotContain(across, plain.Hashes);
        // Only that one token gains a feature: "Копенгаген" sees the unknown "Хернинг", and the punctuation is not capitalised.
        Assert.Equal(plain.Hashes.Length + 1, coordinated.Hashes.Length);
    }
}
