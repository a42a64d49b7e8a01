using System.Text;
using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Extraction.Html;
using Caravan.Pipeline.Stages.Extraction.Metadata;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>
/// Turns raw input into the article: HTML through the extractor, pre-extracted plain text through
/// the cleaner, and JSON-lines text (already the article) with only line ends and paragraphs
/// normalised. Container hints (title, date, language) win over extracted values. Sets Title,
/// Text (paragraphs separated by a blank line, title not repeated), Paragraphs, Published, Author,
/// Site, CanonicalUrl and Provenance, and drops Raw to save memory.
/// </summary>
public sealed class ExtractionStage : IArticleStage
{
    private readonly IArticleExtractor _extractor;
    private readonly PlainTextCleaner _cleaner;

    public ExtractionStage(ExtractionOptions? options = null, IArticleExtractor? extractor = null, PlainTextCleaner? cleaner = null)
    {
        _extractor = extractor ?? new HtmlArticleExtractor(options);
        _cleaner = cleaner ?? new PlainTextCleaner();
    }

    public StageInfo Info { get; } = new("extraction", 1, ArticleFeatures.Raw, ArticleFeatures.Text);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var extracted = article.Source.Kind switch
        {
            SourceKind.Html => _extractor.Extract(article.Raw, article.Source.Url, cancellationToken),
            SourceKind.PlainText => FromCleaned(_cleaner.Clean(Utf8(article.Raw))),
            _ => FromLines(Utf8(article.Raw)),
        };
        return Apply(article, extracted);
    }

    private static Article Apply(Article article, ExtractedArticle extracted)
    {
        var meta = extracted.Metadata;
        var hints = article.Hints;
        var provenance = meta.Provenance;
        var title = meta.Title;
        if (hints.Title is not null)
        {
            title = hints.Title;
            provenance = provenance.SetItem("title", new FieldProvenance("input", 1.0));
        }

        var published = meta.Published;
        if (hints.Published is not null)
        {
            published = hints.Published;
            provenance = provenance.SetItem("published", new FieldProvenance("input", 1.0));
        }

        var language = article.Language;
        if (hints.Language is not null)
        {
            language = hints.Language;
            provenance = provenance.SetItem("language", new FieldProvenance("input", 1.0));
        }
        else if (DeclaredLanguage.Normalize(meta.DeclaredLanguage) is { } declared)
        {
            language = declared;
            provenance = provenance.SetItem("language", new FieldProvenance("html-lang", 0.5));
        }

        var text = extracted.Text;
        return article with
        {
            Title = title,
            Text = text,
            Paragraphs = Paragraphs.Split(text),
            Published = published,
            Author = meta.Author,
            Site = meta.Site,
            CanonicalUrl = meta.CanonicalUrl ?? article.Source.Url,
            Language = language,
            Provenance = provenance,
            Raw = default,
        };
    }

    private static ExtractedArticle FromCleaned(CleanedText cleaned)
    {
        var provenance = ImmutableDictionary<string, FieldProvenance>.Empty;
        if (cleaned.Title is not null)
        {
            provenance = provenance.Add("title", new FieldProvenance("text", 0.6));
        }

        if (cleaned.Site is not null)
        {
            provenance = provenance.Add("site", new FieldProvenance("text", 0.5));
        }

        return new ExtractedArticle(cleaned.Paragraphs, new ArticleMetadata(cleaned.Title, null, null, cleaned.Site, null, null, provenance), "utf-8");
    }

    /// <summary>JSON-lines text is the article already: one paragraph per non-empty line, nothing removed.</summary>
    private static ExtractedArticle FromLines(string text) => new(
        [.. TextNormalizer.Lines(text).Where(l => l.Length > 0)],
        new ArticleMetadata(null, null, null, null, null, null, ImmutableDictionary<string, FieldProvenance>.Empty),
        "utf-8");

    private static string Utf8(ReadOnlyMemory<byte> raw)
    {
        var span = raw.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return Encoding.UTF8.GetString(span);
    }
}
