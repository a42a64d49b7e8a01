using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Tests.Pipeline.Stages.Entities;

/// <summary>Official and other names from iso-codes (Languages/xx/country-names.txt), inflected in any word, give the country's key.</summary>
public class CountryNameKeysTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.WithCapitals);

    [Theory]
    [InlineData("Russische Föderation", "de", "@RU")]
    [InlineData("Federația Rusă", "ro", "@RU")]
    [InlineData("Republik Kasachstan", "de", "@KZ")]
    [InlineData("Республика Казахстан", "ru", "@KZ")]
    [InlineData("Wit-Rusland", "nl", "@BY")]
    [InlineData("Volksrepublik China", "de", "@CN")]
    public void Key_NameCldrLacks_IsTheCountry(string surface, string language, string key) =>
        Assert.Equal(key, Keys.Key(surface, language));

    [Theory]
    [InlineData("Vereinigten Staaten", "de", "@US")]
    [InlineData("Russischen Föderation", "de", "@RU")]
    [InlineData("Российской Федерации", "ru", "@RU")]
    [InlineData("Соединенных Штатов", "ru", "@US")]
    [InlineData("Statelor Unite", "ro", "@US")]
    [InlineData("Vereinigten Königreichs", "de", "@GB")]
    [InlineData("Asiei Centrale", "ro", "@143")]
    public void Key_NameInflectedInAnyWord_IsTheCountry(string surface, string language, string key) =>
        Assert.Equal(key, Keys.Key(surface, language));

    [Theory]
    [InlineData("S.U.A.", "ro", "@US")]
    [InlineData("SUA", "ro", "@US")]
    [InlineData("США", "ru", "@US")]
    [InlineData("АҚШ", "kk", "@US")]
    [InlineData("UK", "en", "@GB")]
    [InlineData("Palästina", "de", "@PS")]
    public void Key_CldrShortName_IsTheCountry(string surface, string language, string key) =>
        Assert.Equal(key, Keys.Key(surface, language));

    [Theory]
    [InlineData("S.U.A.", "SUA")]
    [InlineData("É.-U.", "éu")]
    [InlineData("EE. UU.", null)]
    [InlineData("USA", null)]
    public void Undotted_JoinsOnlySingleLetters(string name, string? expected) =>
        Assert.Equal(expected, IcuGazetteer.Undotted(name) is { } u ? u : null, StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Vereinigte Staatsoper", "de")]
    [InlineData("Russischer Föderationsrat", "de")]
    [InlineData("Republik Kasachstanpark", "de")]
    public void Key_LongerWordsThanAnEnding_AreNoCountry(string surface, string language) =>
        Assert.False(Keys.Key(surface, language).StartsWith('@'), Keys.Key(surface, language));

    [Fact]
    public void CldrPlaces_LacksTheIsoNames()
    {
        Assert.False(IcuGazetteer.CldrPlaces.TryGet("russische föderation", out _));
        Assert.True(IcuGazetteer.WithCapitals.TryGet("russische föderation", out var entry));
        Assert.Equal("RU", entry.Code);
    }
}
