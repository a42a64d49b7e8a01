using System.Text;
using Caravan.Core.Errors;
using Caravan.Core.Storage;
using Caravan.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Caravan.Tests.Storage;

public sealed class SqliteArticleStoreTests
{
    private static (RawDocument, Article) Sample(string id, string text)
    {
        var raw = new RawDocument(id, new SourceInfo(id + ".txt", null, SourceKind.PlainText), Encoding.UTF8.GetBytes(text), "h-" + id,
            new DocumentHints("Titel", null, "de"));
        var article = new Article
        {
            Id = id,
            Source = raw.Source,
            ContentHash = raw.ContentHash,
            Hints = raw.Hints,
            Title = "Titel " + id,
            Text = text,
            Language = "de",
            Published = new DateTimeOffset(2023, 2, 28, 10, 15, 0, TimeSpan.Zero),
            Paragraphs = [new TextSpan(0, text.Length)],
            Sentences = [new TextSpan(0, text.Length)],
            Mentions = [new Mention(new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "actor-1")],
            Quotes = [new Quotation(new TextSpan(8, 12), true, new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "de")],
            Relations = [new RelationMention("tokaev", "putin", "04", "meet", new TextSpan(0, text.Length))],
            Fingerprint = new Fingerprint([1UL, ulong.MaxValue], [new WeightedTerm("astana", 0.5f)]),
            Provenance = ImmutableDictionary<string, FieldProvenance>.Empty.Add("title", new FieldProvenance("input", 1.0)),
            StoryId = "story-1",
            DuplicateOf = null,
            Features = ArticleFeatures.Text | ArticleFeatures.Quotes,
        };
        return (raw, article);
    }

    [Fact]
    public void SaveBatch_ThenReadArticles_RoundTripsEveryAnnotation()
    {
        using var dir = new TempDirectory();
        var (raw, article) = Sample("d1", "Tokajew sagte „Ja“ in Astana.");
        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            store.SaveBatch([(raw, article)], "test@1");
        }

        using var reopened = SqliteArticleStore.Open(dir.Path);
        var read = Assert.Single(reopened.ReadArticles());
        Assert.Equal("test@1", reopened.PipelineSignature);
        Assert.True(reopened.IsProcessed("h-d1"));
        Assert.Equal(article.Text, read.Text);
        Assert.Equal(article.Published, read.Published);
        Assert.Equal(article.Mentions.ToArray(), read.Mentions.ToArray());
        Assert.Equal(article.Quotes.ToArray(), read.Quotes.ToArray());
        Assert.Equal(article.Relations.ToArray(), read.Relations.ToArray());
        Assert.Equal(article.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(article.Fingerprint!.MinHash.ToArray(), read.Fingerprint!.MinHash.ToArray());
        Assert.Equal(article.Fingerprint.Terms.ToArray(), read.Fingerprint.Terms.ToArray());
        Assert.Equal(article.Provenance["title"], read.Provenance["title"]);
        Assert.Equal(article.Hints, read.Hints);
        Assert.Equal(article.Features, read.Features);
        Assert.Equal("story-1", read.StoryId);
    }

    [Fact]
    public void ClearProcessed_KeepsRawDocuments()
    {
        using var dir = new TempDirectory();
        using var store = SqliteArticleStore.Open(dir.Path);
        store.SaveBatch([Sample("a", "Eins."), Sample("b", "Zwei.")], "test@1");
        store.ClearProcessed();
        Assert.Equal(new StoreCounts(2, 0, 0, 0, 0), store.Counts());
        Assert.Equal(["a", "b"], store.ReadRawDocuments().Select(r => r.Id));
        Assert.Null(store.PipelineSignature);
    }

    [Fact]
    public void SaveBatch_FailingRow_LeavesNothingOfTheBatch()
    {
        using var dir = new TempDirectory();
        using var store = SqliteArticleStore.Open(dir.Path);
        var (raw, article) = Sample("a", "Eins.");
        var clash = (raw with { ContentHash = "other" }, article with { ContentHash = "other" });
        var error = Assert.Throws<CaravanException>(() => store.SaveBatch([(raw, article), clash], "test@1"));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Equal(0, store.Counts().Articles);
        Assert.Equal(0, store.Counts().RawDocuments);
    }

    [Fact]
    public void SaveBatch_ReadOnlyDatabase_ClearErrorAndStoreUnchanged()
    {
        using var dir = new TempDirectory();
        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            store.SaveBatch([Sample("a", "Eins.")], "test@1");
        }

        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            using (var command = store.Command("PRAGMA query_only = ON"))
            {
                command.ExecuteNonQuery();
            }

            var error = Assert.Throws<CaravanException>(() => store.SaveBatch([Sample("b", "Zwei.")], "test@1"));
            Assert.Contains(SqliteArticleStore.FileName, error.Message, StringComparison.Ordinal);
        }

        using var reopened = SqliteArticleStore.Open(dir.Path);
        Assert.Equal(["a"], reopened.ReadArticles().Select(a => a.Id));
    }

    [Fact]
    public void Open_SchemaFromNewerVersion_FailsWithClearError()
    {
        using var dir = new TempDirectory();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dir.Path, SqliteArticleStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<CaravanException>(() => SqliteArticleStore.Open(dir.Path));
        Assert.Equal(ErrorCode.StoreUnavailable, error.Code);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CorruptFile_FailsWithClearErrorNamingIt()
    {
        using var dir = new TempDirectory();
        dir.File(SqliteArticleStore.FileName, Encoding.ASCII.GetBytes(new string('x', 8192)));
        var error = Assert.Throws<CaravanException>(() => SqliteArticleStore.Open(dir.Path));
        Assert.Contains(SqliteArticleStore.FileName, error.Message, StringComparison.Ordinal);
    }
}
