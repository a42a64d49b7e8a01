using Caravan.Core.Storage;
using Caravan.Pipeline.Ingestion.Http;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a node's grains are built from: the store (opened by the corpus owner only), the frozen
/// pipeline, the aggregator, the fetch options of feeds, and a hook called with every rebuilt corpus
/// picture (the CLI updates the search index with it).
/// </summary>
public sealed record NodeServices(
    Func<IArticleStore> OpenStore,
    Lazy<ArticlePipeline> Pipeline,
    Lazy<ICorpusAggregator> Aggregator,
    FetchOptions Fetch,
    Action<CorpusResult>? CorpusStored = null);
