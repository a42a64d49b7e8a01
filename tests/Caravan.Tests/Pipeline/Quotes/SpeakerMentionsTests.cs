using Caravan.Pipeline.Stages.Quotes;
using static Caravan.Core.Model.EntityType;

namespace Caravan.Tests.Pipeline.Quotes;

/// <summary>Speakers found where the tagger got the name wrong (issue 7: speaker accuracy with Caravan's own NER).</summary>
public class SpeakerMentionsTests
{
    private static readonly QuoteStage Stage = new();

    private static Quotation Only(Article a) => Assert.Single(Stage.Process(a, CancellationToken.None).Quotes);

    [Fact]
    public void Process_NameSwallowingReportingVerb_SpeakerIsTheSurnameOfTheFullName()
    {
        var text = "Бахтиёр Саидов прибыл в Пекин. Саидов заявил, что Ташкент рассчитывает на новые инвестиции.";
        var a = MarkedMentions.Article(text, "ru", ("Бахтиёр Саидов", Per, "saidov"), ("Саидов заявил", Org, "saidov zaiavil"));
        var q = Only(a);
        Assert.Equal("Саидов", q.SpeakerSurface);
        Assert.Equal(Per, q.SpeakerType);
        Assert.Equal("saidov", q.SpeakerKey);
    }

    [Fact]
    public void Process_PersonAfterRoleTaggedAsOrganisation_SpeakerIsThePerson()
    {
        var text = "Россия призвала стороны к сдержанности. «Мы готовы помочь в урегулировании», — заявила официальный представитель МИД России Мария Захарова.";
        var a = MarkedMentions.Article(text, "ru", ("МИД России Мария Захарова", Org, "mid rossii mariia zakharova"), ("Россия", Loc, "@RU"));
        var q = Only(a);
        Assert.Equal("Мария Захарова", q.SpeakerSurface);
        Assert.Equal(Per, q.SpeakerType);
    }

    [Fact]
    public void Process_SurnameTaggedAsPlace_PronounLaterResolvesToThePerson()
    {
        var text = "Президент Таджикистана Эмомали Рахмонов принял министра.\n\n«Иран — наш давний и надежный сосед», — сказал Рахмонов по итогам встречи. По его словам, стороны договорились расширить торговлю.";
        var a = MarkedMentions.Article(text, "ru", ("Эмомали Рахмонов", Per, "rakhmonov"), ("Рахмонов", Loc, "rakhmonov-loc"));
        var quotes = Stage.Process(a, CancellationToken.None).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("rakhmonov", q.SpeakerKey));
        Assert.All(quotes, q => Assert.Equal(Per, q.SpeakerType));
    }

    [Fact]
    public void Process_SurnameMissedBesideReportingVerb_RepeatsFullName()
    {
        var text = "Госсекретарь Дэниел Окафор прибыл в Астану. Окафор сказал, что Вашингтон выделит новую помощь странам региона.";
        var a = MarkedMentions.Article(text, "ru", ("Дэниел Окафор", Per, "okafor"), ("Вашингтон", Loc, "@US"));
        var q = Only(a);
        Assert.Equal("Окафор", q.SpeakerSurface);
        Assert.Equal("okafor", q.SpeakerKey);
    }

    [Fact]
    public void Process_CapitalisedWordBesideVerbRepeatingNoName_NoSpeakerInvented()
    {
        var text = "Госсекретарь Дэниел Окафор прибыл в Астану. Петров сказал, что Вашингтон выделит новую помощь странам региона.";
        var a = MarkedMentions.Article(text, "ru", ("Дэниел Окафор", Per, "okafor"), ("Вашингтон", Loc, "@US"));
        Assert.DoesNotContain(Stage.Process(a, CancellationToken.None).Quotes, q => q.SpeakerSurface == "Петров");
    }

    [Fact]
    public void Process_PronounTaggedAsPerson_ResolvedAsPronoun()
    {
        var text = "„Calea ferată va lega Asia Centrală de porturile Chinei”, a spus Mirziyoyev. El a precizat că lucrările vor începe în primăvară.";
        var a = MarkedMentions.Article(text, "ro", ("Mirziyoyev", Per, "mirziyoyev"), ("El", Per, "el"));
        var quotes = Stage.Process(a, CancellationToken.None).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("mirziyoyev", q.SpeakerKey));
    }

    [Fact]
    public void Process_AdjectiveBeforeOrganisationNoun_DescriptionResolvesToTheWholeName()
    {
        var text = "Die Europäische Kommission kündigte neue Unterstützung an. „Die Region verdient eine stärkere Partnerschaft“, sagte die Kommission in einer Erklärung.";
        var a = MarkedMentions.Article(text, "de", ("Europäische", Misc, "europaeische"));
        var q = Only(a);
        Assert.Equal("Europäische Kommission", q.SpeakerSurface);
        Assert.Equal(Org, q.SpeakerType);
    }

    [Fact]
    public void Process_UntaggedOrganisationWithItsField_DescriptionResolvesToTheWholeName()
    {
        // Issue 5: the structured German tagger leaves the quote gold's de-04 committee untagged.
        var text = "Das Komitee für auswärtige Angelegenheiten des Parlaments verurteilte Russland wegen der Angriffe. „Die Umgehung der Sanktionen muss ein Ende haben“, erklärte der Ausschuss.";
        var a = MarkedMentions.Article(text, "de", ("Russland", Loc, "@RU"));
        var q = Only(a);
        Assert.Equal("Komitee für auswärtige Angelegenheiten des Parlaments", q.SpeakerSurface);
        Assert.Equal(Org, q.SpeakerType);
    }

    [Fact]
    public void Process_OrganisationNounBeforeForAndPersonsRole_NoNameJoined()
    {
        var text = "Die Kommission für unseren Minister lehnte ab. „Wir warten“, erklärte die Kommission.";
        var a = MarkedMentions.Article(text, "de");
        Assert.DoesNotContain(Stage.Process(a, CancellationToken.None).Quotes, q => q.SpeakerSurface is { } s && s.Contains("Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_OrganisationBeforePersonsRole_SpeakerIsThePerson()
    {
        var text = "\"Education is the best investment a country can make,\" said EU envoy Marta Kowalczyk.";
        var a = MarkedMentions.Article(text, "en", ("EU", Org, "eu"), ("Marta Kowalczyk", Per, "kowalczyk"));
        Assert.Equal("kowalczyk", Only(a).SpeakerKey);
    }

    [Fact]
    public void Process_CapitalisedVerbInsideName_NameStaysWholeAndMakesNoQuote()
    {
        var text = "The United States imposed new sanctions on Russia over the shipments.";
        var a = MarkedMentions.Article(text, "en", ("United States", Loc, "@US"), ("Russia", Loc, "@RU"));
        Assert.Empty(Stage.Process(a, CancellationToken.None).Quotes);
    }

    [Theory]
    [InlineData("en", "“We picked Leeds for its engineers,” chief executive Maaike van Rooij told reporters.")]
    [InlineData("de", "Die Chefin Maaike van Rooij verteidigte den Standort. „Leeds hat die Ingenieure“, sagte sie.")]
    [InlineData("fr", "« Nous avons choisi Leeds pour ses ingénieurs », a déclaré la directrice générale du groupe, Maaike van Rooij, à Paris.")]
    public void Process_NameWithParticleAfterRole_SpeakerIsTheWholeName(string lang, string text)
    {
        var a = MarkedMentions.Article(text, lang, ("Maaike van Rooij", Per, "maaike van rooij"), ("Leeds", Loc, "leeds"), ("Paris", Loc, "paris"));
        var q = Only(a);
        Assert.Equal("Maaike van Rooij", q.SpeakerSurface);
        Assert.Equal("maaike van rooij", q.SpeakerKey);
    }

    [Fact]
    public void Process_OfficeFieldTaggedAsPerson_PronounInNextSentenceIsTheOfficeHolder()
    {
        var text = "„Portul are capacitate și experiență. Vrem ca Varna să fie terminalul proiectului”, a spus ministrul Transporturilor, Mihai Lungu. El a anunțat că va merge la Varna în mai.";
        var a = MarkedMentions.Article(text, "ro", ("Transporturilor", Per, "transporturilor"), ("Mihai Lungu", Per, "mihai lungu"), ("Varna", Loc, "varna"));
        var quotes = Stage.Process(a, CancellationToken.None).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("mihai lungu", q.SpeakerKey));
    }

    [Fact]
    public void Process_EmployerBetweenRoleAndName_PronounIsThePersonNotTheCompany()
    {
        var text = "Аналитик компании Caspian Partners Алия Нурланова считает, что пауза продлится до осени. «Регулятор ясно дал понять, что не торопится», — сказала она.";
        var a = MarkedMentions.Article(text, "ru", ("Caspian Partners", Org, "caspian partners"), ("Алия Нурланова", Per, "aliia nurlanova"));
        Assert.Equal("aliia nurlanova", Only(a).SpeakerKey);
    }

    [Theory]
    [InlineData("окафор", "окафором", true)]
    [InlineData("комиссия", "комиссии", true)]
    [InlineData("tokajew", "tokajews", true)]
    [InlineData("li", "lin", false)]
    [InlineData("austria", "australia", false)]
    [InlineData("seitkali", "saidov", false)]
    public void SameStem_InflectedForms_MatchOnlyWithShortEndings(string a, string b, bool same) =>
        Assert.Equal(same, Inflection.SameStem(a, b));

    [Theory]
    [InlineData("ru", "министра", "министр")]
    [InlineData("de", "energieministeriums", "ministerium")]
    [InlineData("ru", "регулятора", "регулятор")]
    [InlineData("en", "ahead", null)]
    public void Role_InflectedOrCompound_FindsTheRoleNoun(string lang, string word, string? role) =>
        Assert.Equal(role, QuoteLexicon.For(lang).Role(word)?.Suffix);
}
