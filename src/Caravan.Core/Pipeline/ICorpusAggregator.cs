using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// Derives the corpus picture (stories with summaries, actors with variants, relations) from processed
/// articles in processing order. Pure: the same articles give the same result.
/// </summary>
public interface ICorpusAggregator
{
    CorpusResult Aggregate(IReadOnlyList<Article> articles);
}
