using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class EntityKeysTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.Default);

    [Theory]
    [InlineData("Tokajew", "de", "Tokayev", "en")]
    [InlineData("Tokajew", "de", "Токаев", "ru")]
    [InlineData("Wladimir Putin", "de", "Vladimir Putin", "en")]
    [InlineData("Wladimir Putin", "de", "Владимир Путин", "ru")]
    [InlineData("Präsident Tokajew", "de", "Tokajew", "de")]
    [InlineData("secretarul de stat Blinken", "ro", "Blinken", "en")]
    [InlineData("Kasachstan", "de", "Kazahstan", "ro")]
    [InlineData("Kasachstans", "de", "Kazakhstan", "en")]
    [InlineData("Kazahstanului", "ro", "Казахстан", "ru")]
    [InlineData("Dmitrij Peskow", "de", "Dmitry Peskov", "en")]
    [InlineData("Nourlan Ermekbaïev", "fr", "Nurlan Ermekbayev", "en")]
    [InlineData("Kouryk", "fr", "Курык", "ru")]
    public void Key_SpellingsOfOneName_AreEqual(string a, string langA, string b, string langB) =>
        Assert.Equal(Keys.Key(a, langA), Keys.Key(b, langB));

    [Theory]
    [InlineData("Tokajew", "Tokarew")]
    [InlineData("Joe Biden", "Hunter Biden")]
    [InlineData("Kasachstan", "Usbekistan")]
    [InlineData("Louis Martin", "Luis Martin")]
    [InlineData("Maïa Sandu", "Maria Sandu")]
    public void Key_DifferentNames_Differ(string a, string b) =>
        Assert.NotEqual(Keys.Key(a, "de"), Keys.Key(b, "de"));

    [Theory]
    [InlineData("National Bank of Kazakhstan", "en", "Национального банка Казахстана", "ru")]
    [InlineData("Caspian Pipeline Consortium", "en", "Kaspischen Pipeline-Konsortiums", "de")]
    [InlineData("Central Bank of Russia", "en", "Центрального банка России", "ru")]
    [InlineData("Kaspische Meer", "de", "Kaspischen Meer", "de")]
    [InlineData("Comisia Europeană", "ro", "Commission européenne", "fr")]
    [InlineData("Deutschen Bank", "de", "Deutsche Bank", "de")]
    [InlineData("Czech Television", "en", "Télévision tchèque", "fr")]
    public void Cognate_TranslationsWordForWord_AreEqual(string a, string langA, string b, string langB) =>
        Assert.Equal(Keys.Cognate(a, langA), Keys.Cognate(b, langB));

    [Theory]
    [InlineData("European Commission", "European Committee")]
    [InlineData("National Bank of Kazakhstan", "National Bank of Romania")]
    [InlineData("Deutsche Bank", "Deutsche Bahn")]
    [InlineData("Central Bank", "Central Bank of Russia")]
    [InlineData("Saint-Lin-Laurentides", "Saint-Laurent")]
    [InlineData("SG Capital Europe", "Capital of Europe")]
    public void Cognate_DifferentNames_Differ(string a, string b) =>
        Assert.NotEqual(Keys.Cognate(a, "en"), Keys.Cognate(b, "en"));

    [Theory]
    [InlineData("Bundesbank")]
    [InlineData("Russia and Kazakhstan")]
    public void Cognate_OneWordOrCountriesOnly_IsNull(string name) =>
        Assert.Null(Keys.Cognate(name, "en"));

    [Fact]
    public void Key_CountryInAnyLanguage_IsRegionCode()
    {
        Assert.Equal("@KZ", Keys.Key("Kasachstan", "de"));
        Assert.Equal("@KZ", Keys.Key("Қазақстан", "kk"));
        Assert.Equal("@RU", Keys.Key("Rusiei", "ro"));
    }

    [Theory]
    [InlineData("primarul Ionel Stan")]
    [InlineData("Primarului Ionel Stan")]
    [InlineData("șeful Ionel Stan")]
    [InlineData("Şeful Ionel Stan")]
    [InlineData("purtătorul de cuvânt Ionel Stan")]
    [InlineData("purtătoarea de cuvânt Ionel Stan")]
    [InlineData("președintele Ionel Stan")]
    [InlineData("vicepremierul Ionel Stan")]
    public void Key_RomanianOfficeBeforeName_IsStripped(string surface) =>
        Assert.Equal(Keys.Key("Ionel Stan", "en"), Keys.Key(surface, "ro"));

    [Theory]
    [InlineData("portul Constanța", "Constanța", "ro")]
    [InlineData("objectif du Salon", "Salon", "fr")]
    [InlineData("presidente del PP", "PP", "es")]
    [InlineData("früheren Außenminister Hans Weber", "Hans Weber", "de")]
    public void Key_LowercaseDescriptionBeforeName_IsLeftOut(string surface, string name, string language) =>
        Assert.Equal(Keys.Key(name, language), Keys.Key(surface, language));

    [Theory]
    [InlineData("van Gogh", "Gogh", "nl")]
    [InlineData("von der Leyen", "Leyen", "de")]
    [InlineData("eBay Inc", "Inc", "en")]
    [InlineData("l'usine Nexora", "Nexora", "fr")]
    public void Key_ParticlesCamelCaseOrElision_AreKept(string surface, string rest, string language) =>
        Assert.NotEqual(Keys.Key(rest, language), Keys.Key(surface, language));

    [Fact]
    public void Key_OnlyTitle_IsEmpty() => Assert.Equal("", Keys.Key("Präsident", "de"));

    [Fact]
    public void Uninflected_GermanGenitive_GivesNominativeKey() =>
        Assert.Contains(Keys.Key("Tokajew", "de"), Keys.Uninflected("Tokajews", "de"));

    [Fact]
    public void Key_TitleWithItsComplementAndCountry_IsThePersonsName()
    {
        Assert.Equal(Keys.Key("Нурлан Ермекбаев", "ru"), Keys.Key("Министр иностранных дел Казахстана Нурлан Ермекбаев", "ru"));
        Assert.Equal(Keys.Key("Nurlan Jermekbajew", "de"), Keys.Key("Außenminister Kasachstans Nurlan Jermekbajew", "de"));
        // No name after the office: the office stays the key, not the country.
        Assert.NotEqual(Keys.Key("Казахстан", "ru"), Keys.Key("Министр иностранных дел Казахстана", "ru"));
    }

    [Fact]
    public void Stemmed_EveryWordInflected_OneKey()
    {
        Assert.Equal(Keys.Stemmed("Каспийский трубопроводный консорциум", "ru"), Keys.Stemmed("Каспийского трубопроводного консорциума", "ru"));
        Assert.Equal(Keys.Stemmed("Inspectoratul General", "ro"), Keys.Stemmed("Inspectoratului General", "ro"));
        Assert.Equal(Keys.Key("Technische Hilfswerk", "de"), Keys.Stemmed("Technische Hilfswerk", "de"));
        Assert.NotEqual(Keys.Stemmed("Астана", "ru"), Keys.Stemmed("Астрахань", "ru"));
    }

    [Fact]
    public void Uninflected_RussianGenitive_GivesNominativeKey() =>
        Assert.Contains(Keys.Key("Токаев", "ru"), Keys.Uninflected("Токаева", "ru"));

    [Theory]
    [InlineData("kassym jomart", "kasym shomart", true)]
    [InlineData("joe", "hunter", false)]
    [InlineData("a", "antony", true)]
    [InlineData("", "antony", true)]
    public void NameMatch_Compatible_DecidesGivenNames(string a, string b, bool expected) =>
        Assert.Equal(expected, NameMatch.Compatible(EntityKeys.PhoneticFold(a.Replace(" ", "", StringComparison.Ordinal)), EntityKeys.PhoneticFold(b.Replace(" ", "", StringComparison.Ordinal))));
}
