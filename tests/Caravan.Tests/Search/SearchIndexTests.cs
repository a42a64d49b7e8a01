using Caravan.Core.Search;
using Caravan.Storage;

namespace Caravan.Tests.Search;

/// <summary>
/// The search contract, run against every index (<see cref="LuceneSearchIndexTests"/>,
/// <see cref="Storage.Postgres.PostgresSearchIndexTests"/>): <see cref="SearchCorpus"/> stored and
/// indexed in a fresh location.
/// </summary>
public abstract class SearchIndexTests : IDisposable
{
    private (IStoreTransfer Store, ISearchIndex Index)? _opened;

    /// <summary>A new, empty location (skips the test when the backend is not available).</summary>
    protected abstract StoreLocation NewLocation();

    /// <summary>The index of a store holding <see cref="SearchCorpus"/>, updated once.</summary>
    protected ISearchIndex Index => (_opened ??= Prepare()).Index;

    public virtual void Dispose()
    {
        _opened?.Index.Dispose();
        _opened?.Store.Dispose();
        GC.SuppressFinalize(this);
    }

    private (IStoreTransfer, ISearchIndex) Prepare()
    {
        var location = NewLocation();
        var store = location.OpenStore();
        var corpus = SearchCorpus.Create();
        store.SaveBatch([.. corpus.Articles.Select(a => (new RawDocument(a.Id, a.Source, System.Text.Encoding.UTF8.GetBytes(a.Text), a.ContentHash, a.Hints), a))], "test@1");
        store.ReplaceCorpus(corpus);
        var index = location.OpenIndex();
        Assert.False(index.Exists);
        index.Update(corpus);
        Assert.True(index.Exists);
        return (store, index);
    }

    [SkippableFact]
    public void Search_NoIndex_FailsWithReindexHint()
    {
        using var index = NewLocation().OpenIndex();
        var error = Assert.Throws<Caravan.Core.Errors.CaravanException>(() => index.Search(new SearchQuery { Text = "x" }));
        Assert.Equal(Caravan.Core.Errors.ErrorCode.IndexUnavailable, error.Code);
        Assert.Contains("reindex", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Version_AnotherInstanceCommits_ChangesWithinSeconds()
    {
        var location = NewLocation();
        using var store = location.OpenStore();
        using var reader = location.OpenIndex();
        Assert.Equal(string.Empty, reader.Version);

        var corpus = SearchCorpus.Create();
        store.SaveBatch([.. corpus.Articles.Select(a => (new RawDocument(a.Id, a.Source, System.Text.Encoding.UTF8.GetBytes(a.Text), a.ContentHash, a.Hints), a))], "test@1");
        using var writer = location.OpenIndex();
        writer.Update(corpus);
        var first = ChangedFrom(reader, string.Empty);
        Assert.NotEqual(string.Empty, first);

        writer.Update(corpus with { Articles = corpus.Articles.RemoveAt(0) });
        Assert.NotEqual(first, ChangedFrom(reader, first));
        Assert.Empty(reader.Search(new SearchQuery { Text = "Gespräch" }).Hits); // only in the removed article
    }

    private static string ChangedFrom(ISearchIndex index, string before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var version = index.Version;
        while (string.Equals(version, before, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            version = index.Version;
        }

        return version;
    }

    private static string[] Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    [SkippableFact]
    public void Search_ActorInOneSpelling_FindsEveryLanguageAndScript()
    {
        var results = Index.Search(new SearchQuery { Text = "Tokayev" });
        Assert.Equal(["de-tokajew", "en-tokayev", "ru-tokaev"], Ids(results));
        Assert.Equal("A1", Assert.Single(results.Actors).Id);
        var russian = results.Hits.Single(h => h.Id == "ru-tokaev");
        Assert.Contains("[Токаев]", russian.MarkedSnippet("[", "]"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Search_CyrillicSpelling_FindsLatinArticles()
    {
        var results = Index.Search(new SearchQuery { Text = "токаев" });
        Assert.Equal(3, results.Total);
    }

    [SkippableFact]
    public void Search_InflectedGermanWord_MatchesByStemAndHighlights()
    {
        var results = Index.Search(new SearchQuery { Text = "Gespräch" });
        var hit = Assert.Single(results.Hits);
        Assert.Equal("de-tokajew", hit.Id);
        Assert.Contains("[Gespräche]", hit.MarkedSnippet("[", "]"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Search_TwoWords_RequiresBoth()
    {
        Assert.Equal(["en-blinken", "en-tokayev"], Ids(Index.Search(new SearchQuery { Text = "talks" })));
        Assert.Equal(["en-blinken"], Ids(Index.Search(new SearchQuery { Text = "talks drought" })));
    }

    [SkippableFact]
    public void Search_Filters_RestrictHits()
    {
        Assert.Equal(["en-tokayev"], Ids(Index.Search(new SearchQuery { Text = "Tokayev", Language = "en" })));
        Assert.Equal(["ru-tokaev"], Ids(Index.Search(new SearchQuery { Text = "Tokayev", Since = new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero) })));
        Assert.Equal(["en-blinken", "en-tokayev"], Ids(Index.Search(new SearchQuery { Site = "WIRE.example" })));
        Assert.Equal(["en-blinken"], Ids(Index.Search(new SearchQuery { StoryId = "s2" })));
        Assert.Equal(["de-tokajew", "en-tokayev", "ru-tokaev"], Ids(Index.Search(new SearchQuery { Actor = "Токаев" })));
        Assert.Empty(Index.Search(new SearchQuery { Actor = "Nobody Known" }).Hits);
    }

    [SkippableFact]
    public void Search_Facets_CountEveryMatch()
    {
        var results = Index.Search(new SearchQuery { Text = "", Limit = 1 });
        Assert.Equal(5, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal(new FacetCount("en", "en", 2), results.Facets.Languages[0]);
        Assert.Equal(new FacetCount("wire.example", "wire.example", 2), results.Facets.Sites[0]);
        Assert.Equal(new FacetCount("A1", "Kassym-Jomart Tokayev", 3), results.Facets.Actors[0]);
        Assert.Equal("2024-06-01", results.Facets.Days[0].Value);
        Assert.Equal(4, results.Facets.Days.Length);
    }

    [SkippableFact]
    public void Search_Offset_ReturnsTheNextHitsInRankOrderWithTheSameTotalAndFacets()
    {
        var all = Index.Search(new SearchQuery { Limit = 5 });
        var page = Index.Search(new SearchQuery { Offset = 2, Limit = 2 });
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => h.Id), page.Hits.Select(h => h.Id));
        Assert.Equal(all.Total, page.Total);
        Assert.Equal(all.Facets.Languages.AsEnumerable(), page.Facets.Languages.AsEnumerable());
        Assert.Empty(Index.Search(new SearchQuery { Offset = 5, Limit = 2 }).Hits);
    }

    [SkippableFact]
    public void Update_SameCorpusAgain_AddsNothing()
    {
        var update = Index.Update(SearchCorpus.Create());
        Assert.Equal((0, 0, 5), (update.Added, update.Removed, update.Unchanged));
    }

    [SkippableFact]
    public void Update_ArticleGoneOrChanged_IndexFollows()
    {
        var corpus = SearchCorpus.Create();
        var changed = corpus.Articles.Skip(1).Select(a => a.Id == "en-blinken" ? a with { StoryId = "s9" } : a);
        var update = Index.Update(corpus with { Articles = [.. changed] });
        Assert.Equal((1, 2), (update.Added, update.Removed));
        Assert.Equal(2, Index.Search(new SearchQuery { Text = "Tokayev" }).Total);
        Assert.Equal(["en-blinken"], Ids(Index.Search(new SearchQuery { StoryId = "s9" })));
        Assert.Equal(4, Index.Search(new SearchQuery()).Total);
    }

    [SkippableFact]
    public void Rebuild_ReindexesEverything()
    {
        var update = Index.Rebuild(SearchCorpus.Create());
        Assert.Equal(5, update.Added);
        Assert.Equal(3, Index.Search(new SearchQuery { Text = "Tokajew" }).Total);
    }
}
