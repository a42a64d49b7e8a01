using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class LostLettersTests
{
    [Theory]
    [InlineData("Köln", "Kln")]
    [InlineData("Straße", "Strae")]
    [InlineData("für", "fr")]
    [InlineData("Erdoğan", "Erdoan")]
    [InlineData("Berlin", "Berlin")]
    [InlineData("–", "–")]
    [InlineData("Москва", "Москва")]
    [InlineData("ä", "ä")]
    public void Strip_Token_KeepsOnlyItsAsciiSkeleton(string token, string expected) =>
        Assert.Equal(expected, LostLetters.Strip(token));

    [Fact]
    public void StaticFeatures_DamagedAndIntactSpelling_ReadAlikeOnlyWithTheRecipeFlag()
    {
        var names = new EntityMemory(new Dictionary<string, EntityType> { ["köln"] = EntityType.Loc });
        var clusters = new WordClusters([new("köln", 7), new("präsident", 300)]);
        var lexicon = new NerLexicon([new("für", 3), new("fr", 12)], ["präsident"], clusters, names);
        var intact = new NerSentence(["Der", "Präsident", "fuhr", "für", "zwei", "Tage", "nach", "Köln", "."]);
        var damaged = new NerSentence(["Der", "Prsident", "fuhr", "fr", "zwei", "Tage", "nach", "Kln", "."]);

        static uint[] Features(NerLexicon lexicon, NerSentence s)
        {
            var read = LostLetters.Apply(lexicon.Features, [s]);
            return new NerFeatures(lexicon, Gazetteer.Empty).Static(read[0], new NerDocumentContext(read), EntityMemory.Empty).Hashes;
        }

        Assert.NotEqual(Features(lexicon, intact), Features(lexicon, damaged));
        var stripped = lexicon.With(NerFeatureSet.LostLetters);
        Assert.Equal(Features(stripped, intact), Features(stripped, damaged));
        // The damaged spelling finds the word class, the name and the frequency of the intact one; "für" outranks the rare "fr".
        Assert.Equal(7, stripped.Clusters.Of("kln"));
        Assert.Equal(EntityType.Loc, stripped.Names.Phrases["kln"]);
        Assert.Equal(3, stripped.Bucket("fr"));
        Assert.True(stripped.IsTitle("prsident"));
    }

    [Fact]
    public void Strip_SentenceWithoutNonAsciiLetters_IsTheSameSentence()
    {
        var sentence = new NerSentence(["Scholz", "sprach", "in", "Berlin", "."]);
        Assert.Same(sentence, LostLetters.Strip(sentence));
    }
}
