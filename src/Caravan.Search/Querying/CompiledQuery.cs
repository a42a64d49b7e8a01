using Lucene.Net.Search;

namespace Caravan.Search.Querying;

/// <summary>
/// A <see cref="Core.Search.SearchQuery"/> turned into Lucene terms: the query (filters included as
/// unscored clauses) and what to highlight (analysed query terms per language, matched actor ids).
/// </summary>
internal sealed record CompiledQuery(
    Query Query,
    IReadOnlyDictionary<string, HashSet<string>> TermsByLanguage,
    IReadOnlySet<string> HighlightActors,
    ImmutableArray<Core.Search.ActorMatch> Actors);
