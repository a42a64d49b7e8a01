using Caravan.Core.Model;

namespace Caravan.Core.Storage;

/// <summary>
/// The single source of truth: raw documents as received, processed articles in processing order,
/// and the derived corpus picture (stories, actors, relations). The seam for other backends.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The pipeline signature the stored articles were processed with, or null.</summary>
    string? PipelineSignature { get; }

    /// <summary>True when a raw document with this content hash has been processed.</summary>
    bool IsProcessed(string contentHash);

    /// <summary>Ids in use, mapped to their content hash.</summary>
    IReadOnlyDictionary<string, string> ArticleIds();

    /// <summary>Processed articles in processing order.</summary>
    IEnumerable<Article> ReadArticles();

    /// <summary>Raw documents in first-received order (for reprocessing).</summary>
    IEnumerable<RawDocument> ReadRawDocuments();

    /// <summary>Stores raw documents and their processed articles atomically: all or nothing.</summary>
    void SaveBatch(IReadOnlyList<(RawDocument Raw, Article Article)> batch, string pipelineSignature);

    /// <summary>Forgets every processed article (raw documents stay) so they can be processed anew.</summary>
    void ClearProcessed();

    /// <summary>Replaces the derived corpus tables atomically.</summary>
    void ReplaceCorpus(CorpusResult corpus);

    /// <summary>The stored corpus: articles in processing order and the derived stories, actors, relations.</summary>
    CorpusResult ReadCorpus();

    StoreCounts Counts();
}

public sealed record StoreCounts(int RawDocuments, int Articles, int Stories, int Actors, int Relations);
