using Caravan.Pipeline.Stages.Relations;
using Caravan.Testing;
using static Caravan.Core.Model.EntityType;

namespace Caravan.Tests.Pipeline.Relations;

public class RelationStageTests
{
    private static readonly RelationStage Stage = new();

    private static List<(string, string, string)> Relations(Article a) =>
        [.. Stage.Process(a, CancellationToken.None).Relations.Select(r => (r.SourceKey, r.TargetKey, r.Code))];

    [Fact]
    public void Process_SubjectVerbObject_GivesTypedRelation()
    {
        var a = MarkedMentions.Article("Antony Blinken met Kassym-Jomart Tokayev in Astana on Tuesday.", "en",
            ("Antony Blinken", Per, "blinken"), ("Kassym-Jomart Tokayev", Per, "tokayev"), ("Astana", Loc, "astana"));
        Assert.Equal([("blinken", "tokayev", "04")], Relations(a));
    }

    [Fact]
    public void Process_InfinitiveClause_TakesSubjectOfMainClause()
    {
        var a = MarkedMentions.Article("Blinken ging später zum Palast in der Hauptstadt, um Präsident Kassym-Jomart Tokayev zu treffen.", "de",
            ("Blinken", Per, "blinken"), ("Kassym-Jomart Tokayev", Per, "tokayev"));
        Assert.Equal([("blinken", "tokayev", "04")], Relations(a));
    }

    [Fact]
    public void Process_VerbSecondInversionAndDemonym_FindsSourceAfterVerb()
    {
        var text = "Kasachstan ist ein wichtiger Partner. So stoppte Russland im vergangenen Jahr wiederholt den Export von kasachischem Öl.";
        var a = MarkedMentions.Article(text, "de", ("Russland", Loc, "ru"), ("Kasachstan", Loc, "kz"));
        Assert.Equal([("ru", "kz", "16")], Relations(a));
    }

    [Fact]
    public void Process_CompoundPrefixNamesActor_AidFromUsToRegion()
    {
        var text = "Die Vereinigten Staaten sind aktiv. Außenminister Antony Blinken versprach am Dienstag US-Hilfe für Zentralasien.";
        var a = MarkedMentions.Article(text, "de", ("Vereinigten Staaten", Loc, "us"), ("Antony Blinken", Per, "blinken"), ("Zentralasien", Loc, "ca"));
        Assert.Equal([("us", "ca", "07")], Relations(a));
    }

    [Fact]
    public void Process_CoordinatedTargets_OneRelationEach()
    {
        var a = MarkedMentions.Article("Macron received Tokayev and Mirziyoyev in Paris.", "en",
            ("Macron", Per, "macron"), ("Tokayev", Per, "tokayev"), ("Mirziyoyev", Per, "mirziyoyev"), ("Paris", Loc, "paris"));
        Assert.Equal([("macron", "tokayev", "04"), ("macron", "mirziyoyev", "04")], Relations(a));
    }

    [Fact]
    public void Process_MeetingBetweenTwoParties_FirstIsSourceSecondTarget()
    {
        var ro = MarkedMentions.Article(
            "Anunțul a fost făcut la Cluj, după o întâlnire între directoarea firmei, Ana Popa, și ministrul Transporturilor, Mihai Dobre.", "ro",
            ("Cluj", Loc, "cluj"), ("Ana Popa", Per, "popa"), ("Transporturilor", Org, "transporturi"), ("Mihai Dobre", Per, "dobre"));
        Assert.Equal([("popa", "dobre", "04")], Relations(ro));
        var en = MarkedMentions.Article("Oil prices fell after talks between Russia and Kazakhstan in Astana.", "en",
            ("Russia", Loc, "ru"), ("Kazakhstan", Loc, "kz"), ("Astana", Loc, "astana"));
        Assert.Equal([("ru", "kz", "04")], Relations(en));
    }

    [Fact]
    public void Process_BetweenWithoutASecondParty_NoRelation()
    {
        var a = MarkedMentions.Article("Putin spoke after a meeting between the ministers in Astana.", "en",
            ("Putin", Per, "putin"), ("Astana", Loc, "astana"));
        Assert.Empty(Relations(a));
    }

    [Fact]
    public void Process_AssetsFrozen_IsASanction()
    {
        var a = MarkedMentions.Article("The European Union banned 40 tankers and froze the assets of Baltic Crest Shipping on Monday.", "en",
            ("European Union", Org, "eu"), ("Baltic Crest Shipping", Org, "bcs"));
        Assert.Equal([("eu", "bcs", "16")], Relations(a));
    }

    [Fact]
    public void Process_ActorsInDifferentClauses_NoRelation()
    {
        var a = MarkedMentions.Article("Putin met his generals, while Tokayev stayed in Astana.", "en",
            ("Putin", Per, "putin"), ("Tokayev", Per, "tokayev"), ("Astana", Loc, "astana"));
        Assert.Empty(Relations(a));
    }

    [Theory]
    [InlineData("Usbekistan unterstützte Russland bei der Abstimmung in New York nicht.", "de")]
    [InlineData("Die Regierung erklärte, dass Usbekistan Russland bei der Abstimmung nicht unterstützte.", "de")]
    [InlineData("Uzbekistan never backed Russia at the vote in New York.", "en")]
    public void Process_NegatedClause_NoRelation(string text, string language)
    {
        var a = MarkedMentions.Article(text, language, ("Usbekistan", Loc, "uz"), ("Uzbekistan", Loc, "uz"), ("Russland", Loc, "ru"), ("Russia", Loc, "ru"));
        Assert.Empty(Relations(a));
    }

    [Fact]
    public void Process_NotOnly_IsNoNegation()
    {
        var a = MarkedMentions.Article("Usbekistan unterstützte nicht nur Russland bei der Abstimmung.", "de",
            ("Usbekistan", Loc, "uz"), ("Russland", Loc, "ru"));
        Assert.Equal([("uz", "ru", "05")], Relations(a));
    }

    [Fact]
    public void Process_ActorInRelativeClauseAfterPreposition_IsNoObject()
    {
        var a = MarkedMentions.Article("Blinken traf am Montag die Außenminister der fünf Staaten, in denen Russland weiter großen Einfluss hat.", "de",
            ("Blinken", Per, "blinken"), ("Russland", Loc, "ru"));
        Assert.Empty(Relations(a));
    }

    [Fact]
    public void Process_ObjectNamedInApposition_IsTarget()
    {
        var a = MarkedMentions.Article("Blinken traf am Montag den Außenminister des Landes, Murat Nurtleu, in Astana.", "de",
            ("Blinken", Per, "blinken"), ("Murat Nurtleu", Per, "nurtleu"), ("Astana", Loc, "astana"));
        Assert.Equal([("blinken", "nurtleu", "04")], Relations(a));
    }

    [Theory]
    [InlineData("Bürgermeisterin Ana Pop sprach am Morgen mit Journalisten. Sie kritisierte Minister Vlădescu scharf.")]
    [InlineData("Bürgermeisterin Ana Pop wurde deutlich: Sie kritisierte Minister Vlădescu scharf.")]
    public void Process_SubjectPronoun_StandsForThePersonNamedBefore(string text)
    {
        var a = MarkedMentions.Article(text, "de", ("Ana Pop", Per, "pop"), ("Vlădescu", Per, "vladescu"));
        Assert.Equal([("pop", "vladescu", "11")], Relations(a));
    }

    [Fact]
    public void Process_SubjectPronoun_WithoutAPersonBefore_NoRelation()
    {
        var a = MarkedMentions.Article("Die Lage in Isaccea ist ernst. Sie kritisierte Minister Vlădescu scharf.", "de",
            ("Isaccea", Loc, "isaccea"), ("Vlădescu", Per, "vladescu"));
        Assert.Empty(Relations(a));
    }

    [Fact]
    public void Process_RandomAndHostileText_KeepsInvariants() =>
        StageInvariants.CheckRandomData(Stage, text => MarkedMentions.Article(text, "de", ("Tokajew", Per, "tokayev"), ("Blinken", Per, "blinken"), ("Kasachstan", Loc, "kz")));
}
