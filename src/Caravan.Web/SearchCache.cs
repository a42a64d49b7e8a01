using System.Collections.Concurrent;
using Caravan.Core.Search;

namespace Caravan.Web;

/// <summary>
/// Search answers of one version of the corpus snapshot and search index, by query (a record of
/// scalars: value equality). A new version empties it. Bounded: at most <c>capacity</c> answers (0: nothing is kept), and
/// only those of pages of at most <see cref="MaxCachedLimit"/> hits.
/// </summary>
internal sealed class SearchCache(int capacity)
{
    public const int MaxCachedLimit = 100;

    private volatile Generation _current = new(string.Empty);

    public SearchResults GetOrAdd(string version, SearchQuery query, Func<SearchQuery, SearchResults> search)
    {
        if (capacity <= 0)
        {
            return search(query);
        }

        var generation = _current;
        if (!string.Equals(generation.Version, version, StringComparison.Ordinal))
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

    private sealed class Generation(string version)
    {
        public string Version { get; } = version;

        public ConcurrentDictionary<SearchQuery, SearchResults> Answers { get; } = new();
    }
}
