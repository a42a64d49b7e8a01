namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>Turns the bytes of a web page into its article: body text and metadata.</summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Extracts the article. Never throws on malformed input (binary, truncated, hostile nesting):
    /// such a page yields empty text. <paramref name="url"/> is the page's address when known.
    /// </summary>
    ExtractedArticle Extract(ReadOnlyMemory<byte> page, string? url, CancellationToken cancellationToken);
}
