using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Language;
using Caravan.Testing;

namespace Caravan.Tests.Stages.Language;

public class DocumentLanguageStageTests
{
    private static readonly DocumentLanguageStage Stage = new(LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default));

    private static Article Extracted(string text, string? hint = null)
    {
        var article = Articles.WithText("a1", text) with { Language = LanguageCodes.Undetermined, Features = ArticleFeatures.Raw | ArticleFeatures.Text };
        return hint is null ? article : article with { Hints = new DocumentHints(Language: hint) };
    }

    [Fact]
    public void Process_GermanArticleQuotingEnglish_IsGermanWithoutParagraphLanguages()
    {
        var text = "Der kasachische Präsident empfing am Dienstag den amerikanischen Außenminister in Astana.\n\n" +
                   "\"We are ready to work together on energy and transport,\" he told reporters after the meeting.\n\n" +
                   "Beide Seiten vereinbarten, die Gespräche im Frühjahr in Washington fortzusetzen.";

        var result = Stage.Process(Extracted(text), CancellationToken.None);

        Assert.Equal("de", result.Language);
        Assert.Empty(result.ParagraphLanguages);
    }

    [Fact]
    public void Process_EnglishTailBeyondTheBudget_IsNotRead()
    {
        // The opening paragraphs fill the character budget; a long English appendix after them casts no vote.
        var options = LanguageIdOptions.Default with { DocumentChars = 200 };
        var stage = new DocumentLanguageStage(LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default), options);
        var romanian = "Guvernul a aprobat marți un nou pachet de măsuri pentru sprijinirea fermierilor din zonele afectate de secetă, " +
                       "iar ministrul agriculturii a anunțat că plățile vor începe luna viitoare.";
        var english = string.Concat(Enumerable.Repeat("The committee published the full list of measures and the tables of payments in English. ", 20));

        var result = stage.Process(Extracted(romanian + "\n\n" + english), CancellationToken.None);

        Assert.Equal("ro", result.Language);
    }

    [Fact]
    public void Process_HintGiven_HintWins()
    {
        var result = Stage.Process(Extracted("The minister said the talks went well.", hint: "RO"), CancellationToken.None);

        Assert.Equal("ro", result.Language);
    }

    [Fact]
    public void Process_RandomAndHostileText_KeepsInvariants()
    {
        StageInvariants.CheckRandomData(Stage, text => Extracted(text));
    }
}
