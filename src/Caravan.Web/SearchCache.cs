using System.Collections.Concurrent;
using Caravan.Core.Search;

namespace Caravan.Web;

/// <summary>
/// Search answers of one corpus snapshot, by query (a record of scalars: value equality). A new
/// snapshot version empties it. Bounded: at most <c>capacity</c> answers (0: nothing is kept), and
/// only those of pages of at most <see cref="MaxCachedLimit"/> hits.
/// </summary>
internal sealed class SearchCache(int capacity)
{
    public const int MaxCachedLimit = 100;

    private volatile Generation _current = new(0);

    public SearchResults GetOrAdd(long version, SearchQuery query, Func<SearchQuery, SearchResults> search)
    {
        if (capacity <= 0)
        {
            return search(query);
        }

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
        if (query.Limit <= MaxCachedLimit && generation.Answers.Count < capacity)
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
