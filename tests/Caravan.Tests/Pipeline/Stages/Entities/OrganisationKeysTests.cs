using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Tests.Pipeline.Stages.Entities;

/// <summary>
/// International organisations' names in every language (Languages/xx/organisations.txt) give one key,
/// so "EU" and "Евросоюз" are one actor (the sample corpus kept them apart before).
/// </summary>
public class OrganisationKeysTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.WithCapitals);

    [Theory]
    [InlineData("EU", "en", "Евросоюз", "ru")]
    [InlineData("EU", "de", "European Union", "en")]
    [InlineData("Евросоюза", "ru", "Uniunea Europeană", "ro")]
    [InlineData("ЕС", "ru", "Europäische Union", "de")]
    [InlineData("UE", "ro", "Uniunii Europene", "ro")]
    [InlineData("Uniunea Europeană", "ro", "Union européenne", "fr")]
    [InlineData("Еврокомиссии", "ru", "EU-Kommission", "de")]
    [InlineData("Comisia Europeană", "ro", "European Commission", "en")]
    [InlineData("ООН", "ru", "Vereinten Nationen", "de")]
    public void Key_OrganisationInTwoLanguages_IsEqual(string a, string langA, string b, string langB) =>
        Assert.Equal(Keys.Key(a, langA), Keys.Key(b, langB));

    [Fact]
    public void Key_EnglishName_IsTheKeyOfItsTranslations() =>
        Assert.Equal(new EntityKeys(IcuGazetteer.Default).Key("European Union", "en"), Keys.Key("Евросоюз", "ru"));

    [Theory]
    [InlineData("EU", "UN")]
    [InlineData("European Union", "European Commission")]
    [InlineData("ЕС", "ES")]
    public void Key_DifferentOrganisations_Differ(string a, string b) =>
        Assert.NotEqual(Keys.Key(a, "ru"), Keys.Key(b, "ru"));

    [Fact]
    public void Key_PhraseContainingAnOrganisation_IsNotTheOrganisation() =>
        Assert.NotEqual(Keys.Key("EU", "en"), Keys.Key("EU Civil Protection Mechanism", "en"));
}
