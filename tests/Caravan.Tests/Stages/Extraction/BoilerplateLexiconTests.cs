using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Tests.Stages.Extraction;

/// <summary>Prefix entries of the boilerplate language data (lines written for these tests).</summary>
public sealed class BoilerplateLexiconTests
{
    private static readonly BoilerplateLexicon Lexicon = BoilerplateLexicon.Default;

    [Theory]
    [InlineData("Foto: Stadtwerke Talheim")]
    [InlineData("Foto dpa")]
    [InlineData("Foto:")]
    [InlineData("Lust auf mehr? Dann hol dir jeden Freitag unseren Newsletter.")]
    public void IsBoilerplate_PrefixWithOrWithoutItsPunctuation_IsFurniture(string line) =>
        Assert.True(Lexicon.IsBoilerplate(line));

    [Theory]
    [InlineData("Fotografen dokumentierten das Hochwasser über drei Tage.")]
    [InlineData("Lust auf mehrere Wochen Urlaub hatte im Betrieb niemand.")]
    public void IsBoilerplate_ProseSharingTheOpeningLetters_IsNotFurniture(string line) =>
        Assert.False(Lexicon.IsBoilerplate(line));
}
