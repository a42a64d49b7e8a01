using System.Text;
using System.Text.Json;
using Caravan.Cluster.Grains;
using Caravan.Cluster.Wire;
using Caravan.Core.Storage;
using Caravan.Pipeline.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Caravan.Tests.Cluster;

/// <summary>The document model crosses nodes through Orleans' generated codecs (surrogates in Caravan.Cluster/Wire): every field must survive.</summary>
public sealed class WireCodecTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(ArticleConverter).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void RoundTrip_ProcessedBatchWithEveryArticleField_Unchanged()
    {
        var batch = new ProcessedBatch(Guid.NewGuid(), 7, [FullArticle(), new Article { Id = "bare", Source = new SourceInfo(null, null, SourceKind.PlainText), ContentHash = "h" }], ["problem"], "S1");

        var copy = Serializer.Deserialize<ProcessedBatch>(Serializer.SerializeToArray(batch))!;

        Assert.Equal(Json(batch), Json(copy));
        Assert.Same(DocumentHints.None, copy.Articles[1].Hints);
    }

    [Fact]
    public void RoundTrip_AdmittedBatchAndFetchState_Unchanged()
    {
        var bytes = Encoding.UTF8.GetBytes("<html>Ä</html>");
        var raw = new RawDocument("a~1", new SourceInfo("a.html", "https://example.org/a", SourceKind.Html), bytes, ContentChecks.Hash(bytes),
            new DocumentHints("Title", new DateTimeOffset(2025, 3, 3, 10, 15, 0, TimeSpan.FromHours(2)), "de", "utf-8"));
        var batch = new AdmittedBatch(Guid.NewGuid(), 3, [raw]);
        var state = new FetchState("https://example.org/feed", "\"etag\"", "Mon, 03 Mar 2025 10:15:00 GMT", DateTimeOffset.UnixEpoch, 304);

        Assert.Equal(Json(batch), Json(Serializer.Deserialize<AdmittedBatch>(Serializer.SerializeToArray(batch))));
        Assert.Equal(state, Serializer.Deserialize<FetchState>(Serializer.SerializeToArray(state)));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static Article FullArticle() => new()
    {
        Id = "gen-00001-de",
        Source = new SourceInfo("in/gen-00001-de.txt", "https://example.org/1", SourceKind.PlainText),
        ContentHash = "abc",
        Raw = new byte[] { 1, 2, 3 },
        Hints = new DocumentHints("Hint", null, "de", null),
        Title = "Titel",
        Text = "Katharina Albers sagte: „Wir stehen erst am Anfang.“ Sie traf Nurlan Ermekbayev in Astana.",
        Published = new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero),
        Author = "A. Autor",
        Site = "example.org",
        CanonicalUrl = "https://example.org/1",
        Language = "de",
        Provenance = ImmutableDictionary<string, FieldProvenance>.Empty.Add("published", new FieldProvenance("meta", 0.9)),
        Paragraphs = [new TextSpan(0, 90)],
        ParagraphLanguages = [new LanguageSpan(new TextSpan(0, 90), "de", 0.97)],
        Sentences = [new TextSpan(0, 52), new TextSpan(53, 90)],
        Mentions = [new Mention(new TextSpan(0, 16), "Katharina Albers", EntityType.Per, "katharina albers", "actor-1"), new Mention(new TextSpan(84, 90), "Astana", EntityType.Loc, "astana")],
        Quotes = [new Quotation(new TextSpan(24, 50), true, new TextSpan(0, 16), "Katharina Albers", EntityType.Per, "katharina albers", "de"), new Quotation(new TextSpan(1, 2), false, null, null, null, null)],
        Relations = [new RelationMention("katharina albers", "nurlan ermekbayev", "04", "meet", new TextSpan(53, 90))],
        Fingerprint = new Fingerprint([1UL, ulong.MaxValue], [new WeightedTerm("anfang", 0.5f)]) { Passages = [42UL], Sentences = [[1u, 2u], []] },
        DuplicateOf = "gen-00000-de",
        StoryId = "story-1",
        Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Story,
    };
}
