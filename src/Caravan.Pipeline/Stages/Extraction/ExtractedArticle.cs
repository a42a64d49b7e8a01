using Caravan.Pipeline.Stages.Extraction.Metadata;

namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>The result of extracting one document: body paragraphs plus metadata with provenance.</summary>
/// <param name="Paragraphs">Body paragraphs in order, without the title.</param>
/// <param name="Metadata">Title, date, author, site, URL and their provenance.</param>
/// <param name="Charset">The encoding the bytes were read with.</param>
public sealed record ExtractedArticle(IReadOnlyList<string> Paragraphs, ArticleMetadata Metadata, string Charset)
{
    /// <summary>The body as Article.Text: paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
