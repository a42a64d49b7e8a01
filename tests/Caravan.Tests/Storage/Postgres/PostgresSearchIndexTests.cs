using Caravan.Core.Search;
using Caravan.Storage;
using Caravan.Tests.Search;

namespace Caravan.Tests.Storage.Postgres;

/// <summary>The search contract on PostgreSQL full-text search, and what only it adds (fuzzy names).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchIndexTests(PostgresServer server) : SearchIndexTests
{
    protected override StoreLocation NewLocation() => new PostgresLocation(server.NewDatabaseUrl());

    [SkippableFact]
    public void Search_PersonNameMisspelled_FoundByTrigrams()
    {
        // "Tokaev" is none of the stored spellings (Tokajew, Tokayev, Токаев): pg_trgm finds Tokayev.
        var results = Index.Search(new SearchQuery { Text = "Tokaev" });
        Assert.Equal("A1", Assert.Single(results.Actors).Id);
        Assert.Equal(3, results.Total);
        Assert.Equal(3, Index.Search(new SearchQuery { Actor = "Tokaev" }).Total);
    }

    [SkippableFact]
    public void Search_UnrelatedWord_NotTakenForAnActor()
    {
        var results = Index.Search(new SearchQuery { Text = "pipeline" });
        Assert.Empty(results.Actors);
        Assert.Equal(["de-tokajew", "en-tokayev"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Search_RussianInflection_MatchesByTheRussianStemmer()
    {
        // "переговоров" (genitive plural) finds "Переговоры" through the russian configuration.
        var hit = Assert.Single(Index.Search(new SearchQuery { Text = "переговоров" }).Hits);
        Assert.Equal("ru-tokaev", hit.Id);
        Assert.Contains("[Переговоры]", hit.MarkedSnippet("[", "]"), StringComparison.Ordinal);
    }
}
