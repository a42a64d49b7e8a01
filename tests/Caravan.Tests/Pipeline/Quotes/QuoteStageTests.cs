using Caravan.Pipeline.Stages.Quotes;
using Caravan.Testing;
using static Caravan.Core.Model.EntityType;

namespace Caravan.Tests.Pipeline.Quotes;

public class QuoteStageTests
{
    private static readonly QuoteStage Stage = new();

    private static ImmutableArray<Quotation> Quotes(Article a) => Stage.Process(a, CancellationToken.None).Quotes;

    [Theory]
    [InlineData("de", "„Wir sind bereit.“, sagte Tokajew.")]
    [InlineData("de", "„Wir sind bereit\", sagte Tokajew.")]
    [InlineData("de", "»Wir sind bereit«, sagte Tokajew.")]
    [InlineData("de", "‚Wir sind bereit‘, sagte Tokajew.")]
    [InlineData("en", "\"We are ready,\" Tokajew said.")]
    [InlineData("en", "“We are ready,” Tokajew said.")]
    [InlineData("fr", "« Nous sommes prêts », a déclaré Tokajew.")]
    [InlineData("ru", "«Мы готовы к диалогу», — заявил Tokajew.")]
    [InlineData("ro", "„Suntem pregătiți”, a spus Tokajew.")]
    [InlineData("en", "「We are ready」 said Tokajew.")]
    public void Process_AnyQuoteMarkConvention_FindsQuoteAndSpeaker(string lang, string text)
    {
        var a = MarkedMentions.Article(text, lang, ("Tokajew", Per, "tokayev"));
        var q = Assert.Single(Quotes(a));
        Assert.True(q.Direct);
        Assert.Equal("tokayev", q.SpeakerKey);
        Assert.DoesNotContain(a.Slice(q.Span), "sagte", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Le ministre Karim Benali a parlé aux élus. « Le port restera ouvert », a-t-il confié.")]
    [InlineData("fr", "« Le port restera ouvert », a répété le ministre Karim Benali.")]
    [InlineData("ro", "Vecina lui, Karim Benali, a plâns. „Le-am spus să plece”, a povestit femeia.")]
    public void Process_LessCommonReportingVerb_FindsQuoteAndSpeaker(string lang, string text)
    {
        var a = MarkedMentions.Article(text, lang, ("Karim Benali", Per, "benali"));
        var q = Assert.Single(Quotes(a));
        Assert.Equal("benali", q.SpeakerKey);
    }

    [Fact]
    public void Process_QuoteSplitAroundReportingClause_BothPartsGoToSpeaker()
    {
        var a = MarkedMentions.Article("“We will not give in,” Blinken said, “and we will not forget our partners.”", "en", ("Blinken", Per, "blinken"));
        var quotes = Quotes(a);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("blinken", q.SpeakerKey));
    }

    [Fact]
    public void Process_PronounAfterQuote_ResolvesToLastSpeaker()
    {
        var text = "Kasachstan wolle eng mit den USA kooperieren, sagte Tokajew bei einem Treffen mit Blinken. „Wir sind bereit für die weitere Zusammenarbeit“, betonte er.";
        var a = MarkedMentions.Article(text, "de", ("Tokajew", Per, "tokayev"), ("Blinken", Per, "blinken"), ("Kasachstan", Loc, "kz"));
        var quotes = Quotes(a);
        Assert.Equal(2, quotes.Length);
        Assert.False(quotes[0].Direct);
        Assert.All(quotes, q => Assert.Equal("tokayev", q.SpeakerKey));
    }

    [Fact]
    public void Process_LongOrganisationNameBeforeTheVerb_QuoteIsAttributed()
    {
        var text = "\"The water rose in less than an hour. People took their papers and nothing else,\" the National Flood Agency of Ruritania (NFAR) said in a statement.";
        var a = MarkedMentions.Article(text, "en", ("National Flood Agency of Ruritania", Org, "national flood agency of ruritania"), ("NFAR", Org, "nfar"));
        var q = Assert.Single(Quotes(a));
        Assert.True(q.Direct);
        Assert.Equal(Org, q.SpeakerType);
    }

    [Fact]
    public void Process_PronounAfterQuoteOfSeveralSentences_ReachesBackFromTheQuote()
    {
        var text = "Pour Claire Dubois, économiste à Lyon, la réforme reste fragile. « Les banques hésitent encore. Personne ne prêtera sans garantie de l'État », a-t-elle expliqué.";
        var a = MarkedMentions.Article(text, "fr", ("Claire Dubois", Per, "claire dubois"), ("Lyon", Loc, "lyon"));
        Assert.Equal("claire dubois", Assert.Single(Quotes(a)).SpeakerKey);
    }

    [Fact]
    public void Process_AnonymousSourceBeforeQuoteOfSeveralSentences_StaysAnonymous()
    {
        var text = "„Avem portul și rețeaua”, a spus Mihai Lungu. Un diplomat român care a cerut să nu fie numit a fost mai prudent. "
            + "„Vorbim deocamdată de un studiu. Traseul nu este deloc decis”, a declarat acesta.";
        var a = MarkedMentions.Article(text, "ro", ("Mihai Lungu", Per, "mihai lungu"));
        var quotes = Quotes(a);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("mihai lungu", quotes[0].SpeakerKey);
        Assert.Null(quotes[1].SpeakerKey);
    }

    [Fact]
    public void Process_RoleGivenBeforeAppositionComma_DescriptionResolvesToThatPerson()
    {
        var text = "Ministrul de Interne, Mihai Lungu, a vizitat orașul. Primarul Ion Barbu a cerut bani pentru dig. "
            + "„Nu este momentul să căutăm vinovați”, a spus ministrul.";
        var a = MarkedMentions.Article(text, "ro", ("Mihai Lungu", Per, "mihai lungu"), ("Ion Barbu", Per, "ion barbu"));
        Assert.Equal("mihai lungu", Assert.Single(Quotes(a)).SpeakerKey);
    }

    [Fact]
    public void Process_AnonymousSource_HasNoSpeakerEvenWhenDescribedAgain()
    {
        var text = "„Wir müssen sehr vorsichtig vorgehen“, sagte ein hochrangiger Diplomat unter der Bedingung der Anonymität, nachdem Blinken abgereist war.\n\n"
            + "Der Diplomat sagte, seine Nation unterstütze die Invasion nicht.";
        var a = MarkedMentions.Article(text, "de", ("Blinken", Per, "blinken"));
        var quotes = Quotes(a);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Null(q.SpeakerKey));
    }

    [Fact]
    public void Process_DescriptionWithRoleGivenEarlier_ResolvesToThatActor()
    {
        var text = "Secretary of State Antony Blinken, the top US diplomat, met Kassym-Jomart Tokayev in Astana. "
            + "“Our support does not depend on the news cycle,” the US diplomat said.";
        var a = MarkedMentions.Article(text, "en", ("Antony Blinken", Per, "blinken"), ("Kassym-Jomart Tokayev", Per, "tokayev"), ("Astana", Loc, "astana"));
        Assert.Equal("blinken", Assert.Single(Quotes(a)).SpeakerKey);
    }

    [Theory]
    [InlineData("de", "EU-Kommissar Lars Nyberg sagte in Brüssel, die Hilfe komme rasch. „Der Fluss kennt keine Grenzen“, sagte der Schwede.")]
    [InlineData("en", "EU commissioner Lars Nyberg said in Brussels that help would come quickly. “The river knows no borders,” said the Swede.")]
    [InlineData("fr", "Le commissaire Lars Nyberg a dit à Bruxelles que l'aide arriverait vite. « Le fleuve ne connaît pas de frontières », a déclaré le Suédois.")]
    public void Process_NationalityNounAfterQuote_DescribesTheLastSpeaker(string lang, string text)
    {
        var a = MarkedMentions.Article(text, lang, ("Lars Nyberg", Per, "nyberg"));
        var quotes = Quotes(a);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("nyberg", q.SpeakerKey));
    }

    [Fact]
    public void Process_NationalityNoun_PrefersThePersonTheArticleGaveThatNationality()
    {
        var text = "Der schwedische Kommissar Lars Nyberg traf den Bürgermeister Ion Stan. Stan sagte, der Damm sei alt. "
            + "„Der Fluss kennt keine Grenzen“, sagte der Schwede.";
        var a = MarkedMentions.Article(text, "de", ("Lars Nyberg", Per, "nyberg"), ("Ion Stan", Per, "stan"), ("Stan", Per, "stan"));
        Assert.Equal("nyberg", Quotes(a)[^1].SpeakerKey);
    }

    [Fact]
    public void Process_NationalityAdjectiveBeforeARole_IsNotADemonym()
    {
        // "der russische Präsident" is the president, not "the Russian" the article named first.
        var text = "Der russische Kommissar Lars Nyberg traf den Bürgermeister Ion Stan. Stan sagte, der Damm sei alt. "
            + "„Der Fluss kennt keine Grenzen“, sagte der russische Präsident.";
        var a = MarkedMentions.Article(text, "de", ("Lars Nyberg", Per, "nyberg"), ("Ion Stan", Per, "stan"), ("Stan", Per, "stan"));
        Assert.Equal("stan", Quotes(a)[^1].SpeakerKey);
    }

    [Theory]
    [InlineData("schwede", "SE")]
    [InlineData("spanier", "ES")]
    [InlineData("englishman", "US")]
    [InlineData("suédois", "SE")]
    [InlineData("швед", "SE")]
    [InlineData("police", null)]
    [InlineData("schweden", null)]
    public void Noun_PersonNounsOfNationality_AndNothingElse(string lower, string? code) =>
        Assert.Equal(code, Nationalities.Noun(lower));

    [Fact]
    public void Process_OrganisationSpeaker_IsAttributedAsOrg()
    {
        var a = MarkedMentions.Article("“The region deserves a stronger partnership,” the European Commission said in a statement.", "en",
            ("European Commission", Org, "ec"));
        var q = Assert.Single(Quotes(a));
        Assert.Equal(Org, q.SpeakerType);
    }

    [Theory]
    [InlineData("Tokajew forderte eine „Friedensformel“ für die Ukraine.")]
    [InlineData("Er nannte Russland einen “strategischen Partner”.")]
    [InlineData("Das Buch „Die Straße nach Astana“ erschien im Mai.")]
    [InlineData("The report \"Central Asia After The War\" was published on Monday.")]
    public void Process_ScareQuotesAndTitles_AreNotQuotes(string text)
    {
        var a = MarkedMentions.Article(text, text.Contains("The report", StringComparison.Ordinal) ? "en" : "de", ("Tokajew", Per, "tokayev"));
        Assert.Empty(Quotes(a));
    }

    [Fact]
    public void Process_MultiParagraphQuote_IsOneQuoteAcrossParagraphs()
    {
        var text = "Peskov said: “Our cooperation with Central Asia is our guiding principle. It has a long history.\n\n"
            + "“It will remain our first priority in foreign policy.”";
        var a = MarkedMentions.Article(text, "en", ("Peskov", Per, "peskov"));
        var q = Assert.Single(Quotes(a));
        Assert.Contains("first priority", a.Slice(q.Span), StringComparison.Ordinal);
        Assert.Equal("peskov", q.SpeakerKey);
    }

    [Fact]
    public void Process_MachineTranslationLeavesSecondOpeningMark_StillOneQuote()
    {
        var text = "„Die EU hat die Region erkannt [and] „Ich habe mich mit dem Aufbau beschäftigt“, sagte Roman Vassilenko.";
        var a = MarkedMentions.Article(text, "de", ("Roman Vassilenko", Per, "vassilenko"));
        var q = Assert.Single(Quotes(a));
        Assert.StartsWith("Die EU", a.Slice(q.Span), StringComparison.Ordinal);
        Assert.EndsWith("beschäftigt", a.Slice(q.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Process_NoMentions_QuotesStillFoundWithoutSpeaker()
    {
        var a = MarkedMentions.Article("“We must proceed with great caution here,” a senior official said.", "en");
        var q = Assert.Single(Quotes(a));
        Assert.Null(q.SpeakerKey);
    }

    [Fact]
    public void Process_RandomAndHostileText_KeepsInvariants() =>
        StageInvariants.CheckRandomData(Stage, text => MarkedMentions.Article(text, "de", ("Tokajew", Per, "tokayev"), ("Blinken", Per, "blinken")));
}
