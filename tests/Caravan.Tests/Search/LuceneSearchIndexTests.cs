using Caravan.Core.Errors;
using Caravan.Core.Search;
using Caravan.Search;

namespace Caravan.Tests.Search;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LuceneSearchIndex _index;

    public LuceneSearchIndexTests()
    {
        _index = LuceneSearchIndex.Open(_dir.Path);
        _index.Update(SearchCorpus.Create());
    }

    public void Dispose()
    {
        _index.Dispose();
        _dir.Dispose();
    }

    private static string[] Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    [Fact]
    public void Search_ActorInOneSpelling_FindsEveryLanguageAndScript()
    {
        var results = _index.Search(new SearchQuery { Text = "Tokayev" });
        Assert.Equal(["de-tokajew", "en-tokayev", "ru-tokaev"], Ids(results));
        Assert.Equal("A1", Assert.Single(results.Actors).Id);
        var russian = results.Hits.Single(h => h.Id == "ru-tokaev");
        Assert.Contains("[Токаев]", russian.MarkedSnippet("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_CyrillicSpelling_FindsLatinArticles()
    {
        var results = _index.Search(new SearchQuery { Text = "токаев" });
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void Search_InflectedGermanWord_MatchesByStemAndHighlights()
    {
        var results = _index.Search(new SearchQuery { Text = "Gespräch" });
        var hit = Assert.Single(results.Hits);
        Assert.Equal("de-tokajew", hit.Id);
        Assert.Contains("[Gespräche]", hit.MarkedSnippet("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TwoWords_RequiresBoth()
    {
        Assert.Equal(["en-blinken", "en-tokayev"], Ids(_index.Search(new SearchQuery { Text = "talks" })));
        Assert.Equal(["en-blinken"], Ids(_index.Search(new SearchQuery { Text = "talks drought" })));
    }

    [Fact]
    public void Search_Filters_RestrictHits()
    {
        Assert.Equal(["en-tokayev"], Ids(_index.Search(new SearchQuery { Text = "Tokayev", Language = "en" })));
        Assert.Equal(["ru-tokaev"], Ids(_index.Search(new SearchQuery { Text = "Tokayev", Since = new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero) })));
        Assert.Equal(["en-blinken", "en-tokayev"], Ids(_index.Search(new SearchQuery { Site = "WIRE.example" })));
        Assert.Equal(["en-blinken"], Ids(_index.Search(new SearchQuery { StoryId = "s2" })));
        Assert.Equal(["de-tokajew", "en-tokayev", "ru-tokaev"], Ids(_index.Search(new SearchQuery { Actor = "Токаев" })));
        Assert.Empty(_index.Search(new SearchQuery { Actor = "Nobody Known" }).Hits);
    }

    [Fact]
    public void Search_Facets_CountEveryMatch()
    {
        var results = _index.Search(new SearchQuery { Text = "", Limit = 1 });
        Assert.Equal(5, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal(new FacetCount("en", "en", 2), results.Facets.Languages[0]);
        Assert.Equal(new FacetCount("wire.example", "wire.example", 2), results.Facets.Sites[0]);
        Assert.Equal(new FacetCount("A1", "Kassym-Jomart Tokayev", 3), results.Facets.Actors[0]);
        Assert.Equal("2024-06-01", results.Facets.Days[0].Value);
        Assert.Equal(4, results.Facets.Days.Length);
    }

    [Fact]
    public void Update_SameCorpusAgain_AddsNothing()
    {
        var update = _index.Update(SearchCorpus.Create());
        Assert.Equal((0, 0, 5), (update.Added, update.Removed, update.Unchanged));
    }

    [Fact]
    public void Update_ArticleGoneOrChanged_IndexFollows()
    {
        var corpus = SearchCorpus.Create();
        var changed = corpus.Articles.Skip(1).Select(a => a.Id == "en-blinken" ? a with { StoryId = "s9" } : a);
        var update = _index.Update(corpus with { Articles = [.. changed] });
        Assert.Equal((1, 2), (update.Added, update.Removed));
        Assert.Equal(2, _index.Search(new SearchQuery { Text = "Tokayev" }).Total);
        Assert.Equal(["en-blinken"], Ids(_index.Search(new SearchQuery { StoryId = "s9" })));
        Assert.Equal(4, _index.Search(new SearchQuery()).Total);
    }

    [Fact]
    public void Rebuild_ReindexesEverything()
    {
        var update = _index.Rebuild(SearchCorpus.Create());
        Assert.Equal(5, update.Added);
        Assert.Equal(3, _index.Search(new SearchQuery { Text = "Tokajew" }).Total);
    }

    [Fact]
    public void Search_NoIndex_FailsWithReindexHint()
    {
        using var dir = new TempDirectory();
        using var index = LuceneSearchIndex.Open(dir.Path);
        var error = Assert.Throws<CaravanException>(() => index.Search(new SearchQuery { Text = "x" }));
        Assert.Equal(ErrorCode.IndexUnavailable, error.Code);
        Assert.Contains("reindex", error.Message, StringComparison.Ordinal);
    }
}
