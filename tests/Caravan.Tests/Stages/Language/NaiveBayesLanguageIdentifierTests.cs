using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Language;

namespace Caravan.Tests.Stages.Language;

public class NaiveBayesLanguageIdentifierTests
{
    private static readonly NaiveBayesLanguageIdentifier Identifier = LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default);

    [Theory]
    [MemberData(nameof(GoldenSentences.All), MemberType = typeof(GoldenSentences))]
    public void Identify_GoldenSentence_ReturnsItsLanguage(string language, string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(language, guess.Language);
        Assert.True(guess.Score > 0.9, $"{language}: confidence {guess.Score}");
    }

    [Theory]
    [InlineData("de", "Guten Morgen")]
    [InlineData("fr", "bonne nuit")]
    [InlineData("es", "muchas gracias")]
    [InlineData("ru", "Спасибо")]
    [InlineData("uk", "Дякую")]
    [InlineData("ro", "Mulțumesc frumos")]
    [InlineData("ko", "감사합니다")]
    [InlineData("el", "Ευχαριστώ")]
    public void Identify_ShortText_ReturnsItsLanguage(string language, string text) =>
        Assert.Equal(language, Identifier.Identify(text).Language);

    [Theory]
    [InlineData("en", "Путин said on Tuesday that the talks with Токаев would go on next week.")]
    [InlineData("de", "Read more: https://www.example.com/news/2023/02/28/article-123.html Die Regierung hat am Montag neue Regeln für den Handel beschlossen.")]
    [InlineData("ru", "Президент Tokayev встретился с министром в Москве, сообщает пресс-служба.")]
    [InlineData("ro", "Foto: Reuters / 28.02.2023 — Ministrul a anunțat că negocierile vor continua săptămâna viitoare.")]
    public void Identify_MixedScriptOrBoilerplate_ReturnsMainLanguage(string language, string text) =>
        Assert.Equal(language, Identifier.Identify(text).Language);

    [Theory]
    [InlineData("ur", "Maeeshat India's First Magazine: Business & Economy یہ بات سنہ 2005 کی ہے جب جنرل پرویز مشرف ہندوستان آئے تھے")]
    [InlineData("zh", "China Daily | Updated: 2023-02-28 | Politics 国务院总理在北京会见了来访的外国代表团")]
    public void Identify_NonLatinTextBehindLatinHeader_ReturnsTheNonLatinLanguage(string language, string text) =>
        Assert.Equal(language, Identifier.Identify(text).Language);

    [Theory]
    [InlineData("Vlada je u ponedjeljak usvojila nova pravila za trgovinu i promet.")]
    [InlineData("Ministarstvo je u srijedu objavilo novi plan za obnovu cesta u gradu.")]
    public void Identify_TextSaidTwice_ScoresAsSaidOnce(string text)
    {
        // Each distinct feature counts once: repeating a text adds no evidence of its language (texts chosen between
        // two close languages, so the confidence is far from 1 and would sharpen if repeats counted).
        var once = Identifier.Identify(text);
        var twice = Identifier.Identify(text + " " + text);
        Assert.Equal(once.Language, twice.Language);
        Assert.Equal(once.Score, twice.Score, 6);
    }

    [Theory]
    [InlineData("zh", "经济")]
    [InlineData("zh", "洋")]
    [InlineData("ja", "東京では")]
    public void Identify_HanWithOrWithoutKana_IsJapaneseOnlyWithKana(string language, string text) =>
        Assert.Equal(language, Identifier.Identify(text).Language);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2023-02-28 12:45 +++ 100% !!!")]
    [InlineData("🙂🙂🙂")]
    public void Identify_NoLetters_ReturnsUnd(string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(LanguageCodes.Undetermined, guess.Language);
        Assert.Empty(guess.Candidates);
    }

    [Fact]
    public void Identify_AnyText_CandidatesAreSortedProbabilities()
    {
        var guess = Identifier.Identify("Die Delegation reiste nach Bischkek und Taschkent.");

        Assert.Equal(guess.Language, guess.Candidates[0].Language);
        Assert.Equal(guess.Score, guess.Candidates[0].Probability);
        Assert.True(guess.Candidates.Sum(c => c.Probability) <= 1.000001);
        Assert.Equal(guess.Candidates.OrderByDescending(c => c.Probability), guess.Candidates);
    }

    [Fact]
    public void Identify_AmbiguousText_IsLessConfidentThanSentence()
    {
        var word = Identifier.Identify("taxi");
        var sentence = Identifier.Identify("Der Taxifahrer wartete vor dem Hotel, bis die Gäste kamen.");

        Assert.True(word.Score < sentence.Score, $"{word.Score} vs {sentence.Score}");
    }

    [Fact]
    public void Identify_CoreAndSecondaryCandidates_PriorShiftsTheirOddsByCalibratedNats()
    {
        // Hindi is a core language (log prior 0), Nepali a secondary one (-1): the prior acts on the calibrated
        // probabilities, so it divides Nepali's odds against Hindi by e^PriorScale whatever the text's length.
        const string word = "विकास";
        var without = LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default, LanguageIdOptions.Default with { PriorScale = 0 }).Identify(word);
        var with = Identifier.Identify(word);

        var oddsWithout = Probability(without, "ne") / Probability(without, "hi");
        var oddsWith = Probability(with, "ne") / Probability(with, "hi");

        Assert.Equal("ne", without.Language);
        Assert.Equal("hi", with.Language);
        Assert.Equal(oddsWithout / Math.E, oddsWith, 1e-6);
    }

    private static double Probability(LanguageGuess guess, string language) =>
        guess.Candidates.Single(c => c.Language == language).Probability;

    [Fact]
    public void Languages_ShippedModel_CoversMoreThan100IncludingCentralAsia()
    {
        Assert.True(Identifier.Languages.Length >= 100, $"{Identifier.Languages.Length} languages");
        foreach (var code in new[] { "kk", "uz", "ky", "tg", "tk", "tt", "uk", "be", "de", "ro", "ru", "en" })
        {
            Assert.Contains(code, Identifier.Languages);
        }
    }

    [Fact]
    public void Load_GarbageFile_ThrowsModelMissingNamingTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var error = Assert.Throws<Caravan.Core.Errors.CaravanException>(() => LangidModel.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
