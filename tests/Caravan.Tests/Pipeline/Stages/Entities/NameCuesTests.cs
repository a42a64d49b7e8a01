using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Stages.Entities;

/// <summary>The language-list corrections applied after the tagger, seen through the entity stage.</summary>
public class NameCuesTests
{
    private static readonly EntityStage Stage = new(new NerModels(ModelCatalog.Default), new EntityKeys(IcuGazetteer.WithCapitals));

    private static ImmutableArray<Mention> Tag(string text, string language) =>
        Stage.Process(Articles.WithSentences("t", text, language), CancellationToken.None).Mentions;

    [Fact]
    public void Process_ListedOrganisationRunningOverATaggedName_IsOneOrganisation()
    {
        var keys = new EntityKeys(IcuGazetteer.WithCapitals);
        var en = Tag("\"These ships must stop,\" the Council of the EU said in a statement on Monday.", "en");
        var council = Assert.Single(en, m => m.Surface == "Council of the EU");
        Assert.Equal(EntityType.Org, council.Type);
        Assert.Equal(keys.Key("Совет Евросоюза", "ru"), council.Key);
        // Punctuation and a hyphenated first part stay outside: "EU," is the EU, not a run.
        var de = Tag("Die EU, die NATO und die EU-Kommission reagierten am Montag.", "de");
        Assert.DoesNotContain(de, m => m.Surface.EndsWith(',') || m.Surface.Contains(", ", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_UnknownNameAfterReportingVerb_IsPerson()
    {
        var mentions = Tag("„Wir bauen die Brücke bis zum Herbst“, sagte Bogdan Zelterowitsch gegenüber der Zeitung in einem Gespräch.", "de");
        Assert.Contains(mentions, m => m.Surface == "Bogdan Zelterowitsch" && m.Type == EntityType.Per);
    }

    [Fact]
    public void Process_NameAfterReportingVerbThenSurnameAlone_BothPerson()
    {
        var mentions = Tag("„Die Brücke kommt“, sagte Bogdan Zelterowitsch am Montag. Zelterowitsch leitet das Amt seit Jahren.", "de");
        Assert.Equal(2, mentions.Count(m => m.Type == EntityType.Per && m.Surface.EndsWith("Zelterowitsch", StringComparison.Ordinal)));
    }

    [Fact]
    public void Process_OfficeInsideATaggedSpan_SplitsOffThePerson()
    {
        // Issue #5: "Kasachstans Führer Kassym-Schomart Tokajew" came out of the German tagger as one LOC.
        var mentions = Tag("Kasachstans Führer Kassym-Schomart Tokajew hat eine Friedensformel zwischen Russland und der Ukraine gefordert.", "de");
        Assert.Contains(mentions, m => m.Surface == "Kassym-Schomart Tokajew" && m.Type == EntityType.Per);
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("Führer", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_SurnameSpelledAnotherWayLater_IsPerson()
    {
        var mentions = Tag("„Die Brücke kommt“, sagte Bogdan Zelterovich am Montag. Seitdem hat Zelterowitsch das Amt verlassen.", "de");
        Assert.Contains(mentions, m => m.Surface == "Zelterowitsch" && m.Type == EntityType.Per);
    }

    [Theory]
    [InlineData("Oficialii europeni spun că negocierile vor continua luna viitoare la Bruxelles.", "Oficialii")]
    [InlineData("Liderii regionali au discutat despre comerț și energie la o întâlnire de două zile.", "Liderii")]
    public void Process_RomanianRoleNounAtSentenceStart_IsNoPerson(string text, string noun) =>
        Assert.DoesNotContain(Tag(text, "ro"), m => m.Surface == noun && m.Type == EntityType.Per);

    [Fact]
    public void Process_OfficeWithCountry_IsNoPerson() =>
        Assert.DoesNotContain(Tag("Das sei ein großer Schritt, sagte der stellvertretende Außenminister Kasachstans am Abend.", "de"), m => m.Type == EntityType.Per && m.Key.StartsWith('@'));

    [Fact]
    public void Process_UnknownNameTaggedAsPlaceAfterInflectedOffice_IsPerson() =>
        Assert.Contains(
            Tag("La Astana, joi, delegația europeană i-a spus ministrului de externe Mukhtar Tileuberdi că acordul rămâne valabil.", "ro"),
            m => m.Surface == "Mukhtar Tileuberdi" && m.Type == EntityType.Per);

    [Theory]
    [InlineData("Официальный представитель МИД России Виктория Лебедева заявила, что Москва ответит на новые санкции.", "Виктория Лебедева", "МИД России")]
    [InlineData("Глава МИД Германии Катарина Альберс назвала переговоры в Астане полезными.", "Катарина Альберс", "МИД Германии")]
    public void Process_OfficeOrganisationRunOnIntoItsHolder_EndsAtThePlace(string text, string person, string organisation)
    {
        var mentions = Tag(text, "ru");
        Assert.Contains(mentions, m => m.Surface == person && m.Type == EntityType.Per);
        Assert.Contains(mentions, m => m.Surface == organisation && m.Type != EntityType.Per);
    }

    [Fact]
    public void Process_OfficeWithLowercaseComplementAndHolder_KeysToTheHolder()
    {
        var keys = new EntityKeys(IcuGazetteer.WithCapitals);
        var mentions = Tag("Министр иностранных дел Казахстана Нурлан Ермекбаев провёл переговоры в Астане.", "ru");
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("иностранных", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Key == keys.Key("Nurlan Ermekbayev", "en"));
    }

    [Fact]
    public void Process_PlaceAfterOffice_StaysPlace() =>
        Assert.Contains(Tag("Ministrul de externe Marii Britanii a sosit joi la București pentru discuții.", "ro"), m => m.Surface == "Marii Britanii" && m.Type == EntityType.Loc);

    [Fact]
    public void Process_TitleThenGivenNameAndUnknownSurname_OnePerson() =>
        Assert.Contains(Tag("Außenministerin Anna Zelterowitsch wird nächste Woche Danzig besuchen.", "de"), m => m.Surface == "Anna Zelterowitsch" && m.Type == EntityType.Per);

    [Fact]
    public void Process_RoleThenOrganisationThenUntaggedName_NameIsPerson()
    {
        var mentions = Tag("Председатель Нацбанка Айдар Сейткали на пресс-конференции в Астане сказал, что регулятор не видит оснований для снижения ставки.", "ru");
        Assert.Contains(mentions, m => m.Surface == "Айдар Сейткали" && m.Type == EntityType.Per);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Per && m.Surface.Contains("Нацбанка", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_RoleThenNameWithPatronymic_WholeNameIsPerson() =>
        Assert.Contains(Tag("Председатель Самат Нурланович Жаксыбеков сказал, что ставка останется прежней.", "ru"), m => m.Surface == "Самат Нурланович Жаксыбеков" && m.Type == EntityType.Per);

    [Fact]
    public void Process_EmployerBetweenRoleAndTaggedPerson_StaysOutOfThePerson() =>
        Assert.DoesNotContain(Tag("«Рынок получил именно то, чего ждал», — сказал аналитик Steppe Capital Дана Омарова.", "ru"), m => m.Type == EntityType.Per && m.Surface.Contains("Capital", StringComparison.Ordinal));

    [Fact]
    public void Process_CentralAsiaUntagged_IsPlace() =>
        Assert.Contains(Tag("Die Regierung versprach neue Kredite für Zentralasien und den Kaukasus.", "de"), m => m.Surface == "Zentralasien" && m.Type == EntityType.Loc);

    private static readonly EntityKeys PlaceKeys = new(IcuGazetteer.WithCapitals);

    private static int[] SplitJoinedPlaces(string language, string[] tokens, int[] tags)
    {
        int[][] all = [tags];
        NameCues.SplitJoinedPlaces([new NerSentence(tokens)], all, surface => PlaceKeys.Key(surface, language).StartsWith('@'));
        return all[0];
    }

    [Fact]
    public void SplitJoinedPlaces_TwoPlacesOverAPreposition_TwoPlaces()
    {
        var loc = NerTags.Begin(EntityType.Loc);
        var o = NerTags.Outside;
        Assert.Equal([o, loc, loc + 1, o, loc, o],
            SplitJoinedPlaces("ro", ["în", "Asia", "Centrală", "la", "Astana", "."], [o, loc, loc + 1, loc + 1, loc + 1, o]));
        Assert.Equal([loc, o, loc, o],
            SplitJoinedPlaces("de", ["Kasachstans", "und", "Usbekistans", "."], [loc, loc + 1, loc + 1, o]));
    }

    [Fact]
    public void SplitJoinedPlaces_PlaceRunOnIntoLowercaseWords_IsThePlace()
    {
        var loc = NerTags.Begin(EntityType.Loc);
        var o = NerTags.Outside;
        Assert.Equal([o, loc, loc + 1, o, o],
            SplitJoinedPlaces("ro", ["zona", "Asiei", "Centrale", "într-un", "efort"], [o, loc, loc + 1, loc + 1, o]));
    }

    [Theory]
    [InlineData("ro", new[] { "Statele", "Unite", "ale", "Americii" })]
    [InlineData("ro", new[] { "Banca", "Națională", "a", "României" })]
    [InlineData("de", new[] { "Universität", "von", "Astana" })]
    [InlineData("fr", new[] { "Banque", "centrale", "européenne" })]
    public void SplitJoinedPlaces_OnePlaceOrAnOrganisation_StaysWhole(string language, string[] tokens)
    {
        var span = Enumerable.Range(0, tokens.Length).Select(i => NerTags.Begin(EntityType.Loc) + (i == 0 ? 0 : 1)).ToArray();
        Assert.Equal(span, SplitJoinedPlaces(language, tokens, [.. span]));
    }

    [Fact]
    public void JoinPersons_FirstNameAndSurnameTaggedApart_OnePerson()
    {
        var sentence = new NerSentence(["Minister", "Antonia", "Velkova", "kam", "."]);
        var per = NerTags.Begin(EntityType.Per);
        int[][] tags = [[NerTags.Outside, per, per, NerTags.Outside, NerTags.Outside]];
        NameCues.JoinPersons([sentence], tags);
        Assert.Equal([NerTags.Outside, per, per + 1, NerTags.Outside, NerTags.Outside], tags[0]);
    }

    [Fact]
    public void JoinPersons_AcronymAfterPerson_StaysApart()
    {
        var sentence = new NerSentence(["Antonia", "Velkova", "NATO"]);
        var per = NerTags.Begin(EntityType.Per);
        int[][] tags = [[per, per + 1, per]];
        NameCues.JoinPersons([sentence], tags);
        Assert.Equal(per, tags[0][2]);
    }
}
