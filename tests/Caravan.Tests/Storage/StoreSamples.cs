using System.Text;

namespace Caravan.Tests.Storage;

/// <summary>A raw document and its processed article with every kind of annotation, for store round trips.</summary>
internal static class StoreSamples
{
    public static (RawDocument, Article) Sample(string id, string text)
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
            Published = new DateTimeOffset(2023, 2, 28, 10, 15, 0, TimeSpan.FromHours(2)),
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
}
