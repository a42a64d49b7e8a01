using Caravan.Core.Errors;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Tests.Pipeline.Ingestion;

public class JsonLinesReaderTests
{
    [Fact]
    public void Read_GoodAndBadLines_SkipsBadOnesAndNamesThem()
    {
        var input = string.Join('\n',
            """{"id": "a", "text": "Erster Text.", "title": "T", "lang": "de", "date": "2023-02-28"}""",
            """{"id": "b", "title": "no text"}""",
            "not json",
            "",
            """{"id": 7, "text": "Seven.", "lang": "pt-BR", "date": "2023-02-28T10:15:00Z"}""",
            """["an", "array"]""");
        var errors = new List<CaravanException>();
        var articles = JsonLinesReader.ReadArticles(new StringReader(input), "docs.jsonl", errors.Add).ToList();
        Assert.Equal(["a", "7"], articles.Select(a => a.Id));
        Assert.Equal(3, errors.Count);
        Assert.Contains("(id b)", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("docs.jsonl:3", errors[1].Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Equal(ErrorCode.InvalidRecord, e.Code));
    }

    [Fact]
    public void Read_Record_SetsTextLanguageHintsAndFeatures()
    {
        var line = """{"id": "a", "text": "Erster Absatz.\n\nZweiter Absatz.", "title": "T", "lang": "de", "date": "2023-02-28"}""";
        var article = JsonLinesReader.ReadArticles(new StringReader(line), "x", _ => { }).Single();
        Assert.Equal("de", article.Language);
        Assert.Equal("T", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 2, 28, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Equal(SourceKind.JsonLines, article.Source.Kind);
        Assert.Equal(ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language, article.Features);
    }

    [Fact]
    public void Read_NoLanguage_Undetermined()
    {
        var article = JsonLinesReader.ReadArticles(new StringReader("""{"id": "a", "text": "x"}"""), "x", _ => { }).Single();
        Assert.Equal(LanguageCodes.Undetermined, article.Language);
        Assert.Null(article.Published);
    }
}
