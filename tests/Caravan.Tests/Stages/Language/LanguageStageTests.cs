using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Language;
using Caravan.Testing;

namespace Caravan.Tests.Stages.Language;

public class LanguageStageTests
{
    private static readonly LanguageStage Stage = new(LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default));

    private static Article Extracted(string text, string? hint = null)
    {
        var article = Articles.WithText("a1", text) with { Language = LanguageCodes.Undetermined, Features = ArticleFeatures.Raw | ArticleFeatures.Text };
        return hint is null ? article : article with { Hints = new DocumentHints(Language: hint) };
    }

    [Fact]
    public void Process_GermanArticleQuotingEnglish_StaysGermanAndKnowsTheQuote()
    {
        var text = "Der kasachische Präsident empfing am Dienstag den amerikanischen Außenminister in Astana.\n\n" +
                   "\"We are ready to work together on energy and transport,\" he told reporters after the meeting.\n\n" +
                   "Beide Seiten vereinbarten, die Gespräche im Frühjahr in Washington fortzusetzen.";

        var result = Stage.Process(Extracted(text), CancellationToken.None);

        Assert.Equal("de", result.Language);
        Assert.Equal(["de", "en", "de"], result.ParagraphLanguages.Select(p => p.Language));
        Assert.Equal(result.Paragraphs, result.ParagraphLanguages.Select(p => p.Span));
    }

    [Fact]
    public void Process_HintGiven_HintWins()
    {
        var result = Stage.Process(Extracted("The minister said the talks went well.", hint: "RO"), CancellationToken.None);

        Assert.Equal("ro", result.Language);
        Assert.Equal("en", result.ParagraphLanguages[0].Language);
    }

    [Fact]
    public void Process_ShortByline_TakesArticleLanguage()
    {
        var text = "Foto: AP\n\nGuvernul a aprobat marți un nou pachet de măsuri pentru sprijinirea fermierilor din zonele afectate de secetă.";

        var result = Stage.Process(Extracted(text), CancellationToken.None);

        Assert.Equal("ro", result.Language);
        Assert.All(result.ParagraphLanguages, p => Assert.Equal("ro", p.Language));
    }

    [Fact]
    public void Process_EmptyText_IsUndetermined()
    {
        var result = Stage.Process(Extracted(""), CancellationToken.None);

        Assert.Equal(LanguageCodes.Undetermined, result.Language);
        Assert.Empty(result.ParagraphLanguages);
    }

    [Fact]
    public void Process_RandomAndHostileText_KeepsInvariants() =>
        StageInvariants.CheckRandomData(Stage, text => Extracted(text));

    [Fact]
    public void Process_AnyText_OneLanguageSpanPerParagraph() =>
        Assert.All(StageInvariants.RandomTexts(7, 50), text =>
        {
            var result = Stage.Process(Extracted(text), CancellationToken.None);
            Assert.Equal(result.Paragraphs, result.ParagraphLanguages.Select(p => p.Span));
        });

    [Fact]
    public void Build_LanguageAfterText_Succeeds()
    {
        var pipeline = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text }
            .UseLanguageIdentification(ModelCatalog.Default)
            .UseSentences()
            .Build();

        Assert.True(pipeline.Produces.HasFlag(ArticleFeatures.Language));
    }

    [Fact]
    public void UseLanguageIdentification_MissingModel_ThrowsNamingRebuildCommand()
    {
        var error = Assert.Throws<Caravan.Core.Errors.CaravanException>(() =>
            new PipelineBuilder().UseLanguageIdentification(new ModelCatalog(Path.Combine(Path.GetTempPath(), "no-such-models"))));

        Assert.Contains("caravan train langid", error.Message, StringComparison.Ordinal);
    }
}
