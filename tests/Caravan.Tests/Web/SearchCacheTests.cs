using Caravan.Core.Search;
using Caravan.Web;

namespace Caravan.Tests.Web;

public sealed class SearchCacheTests
{
    private static readonly SearchResults Nothing = new(0, [], new SearchFacets([], [], [], []), []);

    private static Func<SearchQuery, SearchResults> Counting(List<SearchQuery> calls) => q =>
    {
        calls.Add(q);
        return Nothing;
    };

    [Fact]
    public void GetOrAdd_SameQueryAndVersion_SearchesOnce()
    {
        var calls = new List<SearchQuery>();
        var cache = new SearchCache(8);
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "a", Offset = 20 }, Counting(calls));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public void GetOrAdd_NewSnapshotVersion_SearchesAgain()
    {
        var calls = new List<SearchQuery>();
        var cache = new SearchCache(8);
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        cache.GetOrAdd("2", new SearchQuery { Text = "a" }, Counting(calls));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public void GetOrAdd_CapacityZero_AlwaysSearches()
    {
        var calls = new List<SearchQuery>();
        var cache = new SearchCache(0);
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public void GetOrAdd_Full_KeepsWhatItHasAndSearchesTheRest()
    {
        var calls = new List<SearchQuery>();
        var cache = new SearchCache(1);
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "b" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "b" }, Counting(calls));
        cache.GetOrAdd("1", new SearchQuery { Text = "a" }, Counting(calls));
        Assert.Equal(3, calls.Count);
    }
}
