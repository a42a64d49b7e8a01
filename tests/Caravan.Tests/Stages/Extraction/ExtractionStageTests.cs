using System.Text;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Stages.Extraction;
using Caravan.Testing;

namespace Caravan.Tests.Stages.Extraction;

public sealed class ExtractionStageTests
{
    private static readonly ExtractionStage Stage = new();

    [Theory]
    [InlineData(SourceKind.Html)]
    [InlineData(SourceKind.PlainText)]
    [InlineData(SourceKind.JsonLines)]
    public void Process_RandomAndHostileInput_KeepsInvariants(SourceKind kind) =>
        StageInvariants.CheckRandomData(Stage, text => Articles.Raw("r", kind == SourceKind.Html ? $"<p>{text}</p>" : text, kind), count: 30);

    [Fact]
    public void Process_Html_SetsTextParagraphsMetadataAndDropsRaw()
    {
        var html = "<html lang=\"de\"><head><title>Titel der Seite</title></head><body><h1>Titel der Seite</h1>" +
                   "<p>Der erste Absatz des Artikels ist lang genug, um als Fließtext erkannt zu werden, mit Komma.</p>" +
                   "<p>Der zweite Absatz folgt und ist ebenfalls lang genug für die Erkennung als Fließtext im Artikel.</p></body></html>";
        var article = Stage.Process(Articles.Raw("a", html, SourceKind.Html), CancellationToken.None);
        Assert.Equal("Titel der Seite", article.Title);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.False(article.Text.StartsWith("Titel", StringComparison.Ordinal));
        Assert.Equal("de", article.Language);
        Assert.True(article.Raw.IsEmpty);
    }

    [Fact]
    public void Process_Hints_WinOverExtractedValues()
    {
        var date = new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var raw = Articles.Raw("h", "<html lang=\"de\"><h1>Extracted</h1><p>Body text long enough to count as prose in this little test page, yes.</p></html>", SourceKind.Html)
            with { Hints = new DocumentHints("Given title", date, "ro") };
        var article = Stage.Process(raw, CancellationToken.None);
        Assert.Equal("Given title", article.Title);
        Assert.Equal(date, article.Published);
        Assert.Equal("ro", article.Language);
        Assert.Equal("input", article.Provenance["title"].Source);
    }

    [Fact]
    public void Process_JsonLinesText_KeepsEveryLineAsParagraph()
    {
        var article = Stage.Process(Articles.Raw("j", "Leave a Reply\r\nSecond line.\r\n\r\nThird.", SourceKind.JsonLines), CancellationToken.None);
        Assert.Equal("Leave a Reply\n\nSecond line.\n\nThird.", article.Text);
        Assert.Equal(3, article.Paragraphs.Length);
    }

    [Fact]
    public void UseExtraction_BuildsPipelineProducingText()
    {
        var pipeline = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Language }.UseExtraction().UseSentences().Build();
        var article = pipeline.ProcessArticle(Articles.Raw("p", "Ein Satz. Noch ein Satz.", SourceKind.PlainText) with { Language = "de" });
        Assert.True(article.Features.HasFlag(ArticleFeatures.Text));
        Assert.Equal(2, article.Sentences.Length);
        Assert.Equal(Encoding.UTF8.GetByteCount(""), article.Raw.Length);
    }
}
