using System.Collections.Immutable;
using System.Text;
using Caravan.Core.Model;
using Caravan.Core.Text;

namespace Caravan.Testing;

/// <summary>Builders for test articles at a given pipeline state.</summary>
public static class Articles
{
    /// <summary>A raw plain-text article as ingestion produces it.</summary>
    public static Article Raw(string id, string text, SourceKind kind = SourceKind.PlainText) => new()
    {
        Id = id,
        Source = new SourceInfo(id + ".txt", null, kind),
        ContentHash = id,
        Raw = Encoding.UTF8.GetBytes(text),
        Features = ArticleFeatures.Raw,
    };

    /// <summary>An article whose text, paragraphs and language are set (as after extraction and langid).</summary>
    public static Article WithText(string id, string text, string language = "und", string? title = null) => new()
    {
        Id = id,
        Source = new SourceInfo(id + ".txt", null, SourceKind.PlainText),
        ContentHash = id,
        Title = title,
        Text = text,
        Language = language,
        Paragraphs = Paragraphs.Split(text),
        Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
    };

    /// <summary>As <see cref="WithText"/>, plus sentences.</summary>
    public static Article WithSentences(string id, string text, string language = "und", string? title = null)
    {
        var article = WithText(id, text, language, title);
        return article with
        {
            Sentences = new SentenceSplitter(language).Split(text),
            Features = article.Features | ArticleFeatures.Sentences,
        };
    }
}
