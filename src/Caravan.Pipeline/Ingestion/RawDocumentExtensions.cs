namespace Caravan.Pipeline.Ingestion;

public static class RawDocumentExtensions
{
    /// <summary>The article a raw document starts as, before any stage has run.</summary>
    public static Article ToArticle(this RawDocument raw) => new()
    {
        Id = raw.Id,
        Source = raw.Source,
        ContentHash = raw.ContentHash,
        Raw = raw.Bytes,
        Hints = raw.Hints,
        Features = ArticleFeatures.Raw,
    };
}
