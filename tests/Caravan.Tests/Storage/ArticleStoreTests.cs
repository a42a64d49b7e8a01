using Caravan.Core.Errors;
using Caravan.Core.Storage;
using Caravan.Storage;
using static Caravan.Tests.Storage.StoreSamples;

namespace Caravan.Tests.Storage;

/// <summary>
/// The store contract, run against every backend (<see cref="SqliteStoreTests"/>,
/// <see cref="Postgres.PostgresStoreTests"/>): each test opens a fresh, empty store location.
/// </summary>
public abstract class ArticleStoreTests
{
    /// <summary>A new, empty location (skips the test when the backend is not available).</summary>
    protected abstract StoreLocation NewLocation();

    [SkippableFact]
    public void SaveBatch_ThenReadArticles_RoundTripsEveryAnnotation()
    {
        var location = NewLocation();
        var (raw, article) = Sample("d1", "Tokajew sagte „Ja“ in Astana.");
        using (var store = location.OpenStore())
        {
            store.SaveBatch([(raw, article)], "test@1");
        }

        using var reopened = location.OpenStore();
        var read = Assert.Single(reopened.ReadArticles());
        Assert.Equal("test@1", reopened.PipelineSignature);
        Assert.True(reopened.IsProcessed("h-d1"));
        Assert.False(reopened.IsProcessed("h-other"));
        Assert.Equal(article.Text, read.Text);
        Assert.Equal(article.Published, read.Published);
        Assert.Equal(article.Published!.Value.Offset, read.Published!.Value.Offset);
        Assert.Equal(article.Mentions.ToArray(), read.Mentions.ToArray());
        Assert.Equal(article.Quotes.ToArray(), read.Quotes.ToArray());
        Assert.Equal(article.Relations.ToArray(), read.Relations.ToArray());
        Assert.Equal(article.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.NotNull(article.Fingerprint);
        Assert.Null(read.Fingerprint); // computed again from the text on replay (IRecomputableStage), not stored
        Assert.Equal(article.Provenance["title"], read.Provenance["title"]);
        Assert.Equal(article.Hints, read.Hints);
        Assert.Equal(article.Features, read.Features);
        Assert.Equal("story-1", read.StoryId);
        Assert.Equal(new Dictionary<string, string> { ["d1"] = "h-d1" }, reopened.ArticleIds());
        var stored = Assert.Single(reopened.ReadRawDocuments());
        Assert.Equal(raw.Bytes.ToArray(), stored.Bytes.ToArray());
        Assert.Equal(raw with { Bytes = stored.Bytes }, stored);
    }

    [SkippableFact]
    public void ReadArticles_InProcessingOrder()
    {
        using var store = NewLocation().OpenStore();
        store.SaveBatch([Sample("z", "Eins."), Sample("a", "Zwei.")], "test@1");
        store.SaveBatch([Sample("m", "Drei.")], "test@1");
        Assert.Equal(["z", "a", "m"], store.ReadArticles().Select(a => a.Id));
    }

    [SkippableFact]
    public void ClearProcessed_KeepsRawDocuments()
    {
        using var store = NewLocation().OpenStore();
        store.SaveBatch([Sample("a", "Eins."), Sample("b", "Zwei.")], "test@1");
        store.ClearProcessed();
        Assert.Equal(new StoreCounts(2, 0, 0, 0, 0), store.Counts());
        Assert.Equal(["a", "b"], store.ReadRawDocuments().Select(r => r.Id));
        Assert.Null(store.PipelineSignature);
    }

    [SkippableFact]
    public void SaveBatch_FailingRow_LeavesNothingOfTheBatch()
    {
        using var store = NewLocation().OpenStore();
        var (raw, article) = Sample("a", "Eins.");
        var clash = (raw with { ContentHash = "other" }, article with { ContentHash = "other" });
        var error = Assert.Throws<CaravanException>(() => store.SaveBatch([(raw, article), clash], "test@1"));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Equal(0, store.Counts().Articles);
        Assert.Equal(0, store.Counts().RawDocuments);
    }

    [SkippableFact]
    public void ReplaceCorpus_ThenReadCorpus_RoundTripsInOrder()
    {
        using var store = NewLocation().OpenStore();
        var (raw, article) = Sample("a", "Tokajew sagte „Ja“ in Astana.");
        store.SaveBatch([(raw, article)], "test@1");
        var corpus = Corpus([article]);
        store.ReplaceCorpus(corpus with { Stories = [.. corpus.Stories, corpus.Stories[0] with { Id = "story-0" }] });
        store.ReplaceCorpus(corpus);
        var read = store.ReadCorpus();
        Assert.Equal(["a"], read.Articles.Select(a => a.Id));
        Assert.Equal(corpus.Stories.Select(s => s.Id), read.Stories.Select(s => s.Id));
        Assert.Equal(corpus.Stories[0].FirstSeen, read.Stories[0].FirstSeen);
        Assert.Equal(corpus.Actors[0] with { Variants = [], Documents = [] }, read.Actors[0] with { Variants = [], Documents = [] });
        Assert.Equal(corpus.Actors[0].Variants.ToArray(), read.Actors[0].Variants.ToArray());
        Assert.Equal(corpus.Relations[0].Evidence.ToArray(), read.Relations[0].Evidence.ToArray());
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 1), store.Counts());
    }

    [SkippableFact]
    public void FetchStates_SavedAgain_Replaced()
    {
        using var store = NewLocation().OpenStore();
        var first = new FetchState("https://example.org/feed", "\"e1\"", null, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 200);
        store.SaveFetchStates([first]);
        var second = first with { ETag = null, LastModified = "Tue, 01 Jan 2026 00:00:00 GMT", Status = 304 };
        store.SaveFetchStates([second]);
        Assert.Equal(second, store.GetFetchState(first.Url));
        Assert.Null(store.GetFetchState("https://example.org/other"));
        Assert.Equal([second], store.FetchStates());
    }

    [SkippableFact]
    public void ApiKeys_OnlyCreatedKeysAreValid()
    {
        using var store = NewLocation().OpenStore();
        var key = store.CreateApiKey(DateTimeOffset.UnixEpoch);
        Assert.True(store.IsValidApiKey(key));
        Assert.False(store.IsValidApiKey(key + "x"));
        Assert.False(store.IsValidApiKey(""));
        Assert.False(store.IsValidApiKey(null));
        Assert.NotEqual(key, store.CreateApiKey(DateTimeOffset.UnixEpoch));
        Assert.Contains(ApiKeys.Hash(key), store.ReadApiKeys().Select(k => k.Hash));
        Assert.DoesNotContain(key, store.ReadApiKeys().Select(k => k.Hash));
    }

    [SkippableFact]
    public void Transfer_WrittenTwice_StoredOnce()
    {
        using var store = NewLocation().OpenStore();
        var (rawA, articleA) = Sample("a", "Eins.");
        var (rawB, _) = Sample("b", "Zwei.");
        for (var i = 0; i < 2; i++)
        {
            store.SaveRawDocuments([rawA, rawB]);
            store.SaveArticles([articleA], "test@1");
            store.ImportApiKeys([new StoredApiKey("abc", DateTimeOffset.UnixEpoch)]);
        }

        Assert.Equal(new TransferCounts(new StoreCounts(2, 1, 0, 0, 0), 0, 1), store.CountAll());
        Assert.Equal("test@1", store.PipelineSignature);
        Assert.Equal([new StoredApiKey("abc", DateTimeOffset.UnixEpoch)], store.ReadApiKeys());
    }

    [SkippableFact]
    public void HasStore_OnlyOnceOpened()
    {
        var location = NewLocation();
        Assert.False(location.HasStore());
        Assert.Throws<CaravanException>(location.RequireStore);
        location.OpenStore().Dispose();
        Assert.True(location.HasStore());
    }

    private static CorpusResult Corpus(ImmutableArray<Article> articles) => new(
        articles,
        [new Story("story-1", "Titel", "Zusammenfassung", ["de"], ["a"], new DateTimeOffset(2023, 2, 28, 10, 15, 0, TimeSpan.FromHours(2)), null, 1)],
        [new Actor("actor-1", "Kassym-Jomart Tokayev", EntityType.Per, [new ActorVariant("Tokajew", "de", 1)], ["a"], 1)],
        [new Relation("actor-1", "actor-2", "04", "meet", ["a"], ["Tokajew sagte „Ja“ in Astana."], 1)]);
}
