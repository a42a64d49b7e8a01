using System.Collections.Concurrent;
using Caravan.Core.Search;

namespace Caravan.Web;

/// <summary>
/// Search answers of one corpus snapshot, by query (a record of scalars: value equality). A new
/// snapshot version empties it. Bounded: at most <see cref="Capacity"/> answers, and only those of
/// the first <see cref="MaxCachedLimit"/> hits (deep pages are rare and large).
/// </summary>
internal sealed class SearchCache
{
    public const int Capacity = 1024;
    public const int MaxCachedLimit = 100;

    private volatile Generation _current = new(0);

    public SearchResults GetOrAdd(long version, SearchQuery query, Func<SearchQuery, SearchResults> search)
    {
        var generation = _current;
        if (generation.Version != version)
        {
            // Two requests may both replace it: one generation is lost, which costs only a search.
            _current = generation = new Generation(version);
        }

        if (generation.Answers.TryGetValue(query, out var cached))
        {
            return cached;
        }

        var results = search(query);
        if (query.Limit <= MaxCachedLimit && generation.Answers.Count < Capacity)
        {
            generation.Answers.TryAdd(query, results);
        }

        return results;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<SearchQuery, SearchResults> Answers { get; } = new();
    }
}
