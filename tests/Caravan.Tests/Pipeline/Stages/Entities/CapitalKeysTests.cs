using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Tests.Pipeline.Stages.Entities;

/// <summary>Capitals' exonyms (Languages/xx/capitals.txt) give one key across languages.</summary>
public class CapitalKeysTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.WithCapitals);

    [Theory]
    [InlineData("Moskau", "de", "Moscova", "ro")]
    [InlineData("Moskau", "de", "Москва", "ru")]
    [InlineData("Varșovia", "ro", "Warschau", "de")]
    [InlineData("Pékin", "fr", "Peking", "de")]
    [InlineData("Neu-Delhi", "de", "New Delhi", "en")]
    public void Key_CapitalInTwoLanguages_IsEqual(string a, string langA, string b, string langB) =>
        Assert.Equal(Keys.Key(a, langA), Keys.Key(b, langB));

    [Theory]
    [InlineData("Jelena Sorokina", "de", "Elena Sorokina", "ro")]
    [InlineData("Yelena Sorokina", "en", "Елена Сорокина", "ru")]
    [InlineData("Aydar Beysenov", "en", "Aidar Beisenov", "de")]
    public void Key_RussianVowelGlideSpelledEitherWay_IsEqual(string a, string langA, string b, string langB) =>
        Assert.Equal(Keys.Key(a, langA), Keys.Key(b, langB));

    [Fact]
    public void Key_DifferentCapitals_Differ() =>
        Assert.NotEqual(Keys.Key("Moskau", "de"), Keys.Key("Minsk", "de"));

    [Fact]
    public void Key_CountryNamedLikeItsCapital_StaysTheCountry() =>
        Assert.Equal("@KZ", Keys.Key("Kasachstan", "de"));

    [Fact]
    public void Default_WithoutCapitals_KeepsCityName() =>
        Assert.False(new EntityKeys(IcuGazetteer.Default).Key("Moskau", "de").StartsWith('@'));
}
