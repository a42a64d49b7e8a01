using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Caravan.Search.Indexing;

/// <summary>Turns articles and actors into Lucene documents (schema in <see cref="IndexFields"/>).</summary>
internal static class ArticleDocuments
{
    /// <summary>
    /// An article's text in its language's field, with offsets in the postings: a hit's snippet reads
    /// where the query's terms are (<see cref="Querying.TermOffsets"/>) instead of analysing the text again.
    /// </summary>
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public static string VersionKey(Article article) =>
        string.Join('\u001f', article.Id, article.ContentHash, article.StoryId ?? "", article.DuplicateOf ?? "");

    public static Document ForArticle(Article article)
    {
        var language = IndexFields.SafeLanguage(article.Language);
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.ArticleType, Field.Store.NO),
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StringField(IndexFields.Version, VersionKey(article), Field.Store.NO),
            new StringField(IndexFields.Language, language, Field.Store.YES),
            new SortedDocValuesField(IndexFields.LanguageValues, new BytesRef(language)),
            new StoredField(IndexFields.Text, article.Text),
        };
        if (article.Title is { Length: > 0 } title)
        {
            document.Add(new StoredField(IndexFields.Title, title));
            document.Add(new TextField(IndexFields.TitleIn(language), title, Field.Store.NO));
        }

        document.Add(new Field(IndexFields.TextIn(language), article.Text, TextWithOffsets));
        AddQuotes(document, article, language);
        if (article.Site is { Length: > 0 } site)
        {
            document.Add(new StringField(IndexFields.Site, site.ToLowerInvariant(), Field.Store.NO));
            document.Add(new StoredField(IndexFields.Site, site));
            document.Add(new SortedDocValuesField(IndexFields.SiteValues, new BytesRef(site)));
        }

        if (article.StoryId is { } story)
        {
            document.Add(new StringField(IndexFields.Story, story, Field.Store.YES));
        }

        if (article.Published is { } published)
        {
            document.Add(new Int64Field(IndexFields.Published, published.UtcTicks, Field.Store.NO));
            document.Add(new StoredField(IndexFields.PublishedText, published.ToString("O", CultureInfo.InvariantCulture)));
            document.Add(new SortedDocValuesField(IndexFields.DayValues,
                new BytesRef(published.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        AddActors(document, article);
        return document;
    }

    public static Document ForActor(Actor actor)
    {
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.ActorType, Field.Store.NO),
            new StringField(IndexFields.Id, actor.Id, Field.Store.YES),
            new StoredField(IndexFields.ActorName, actor.Name),
            new StoredField(IndexFields.ActorEntityType, actor.Type.ToString()),
        };
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in actor.Variants.Select(v => v.Surface).Prepend(actor.Name))
        {
            // A surname alone names a person ("Tokayev"); the last word of an organisation or place
            // name does not ("Union", "Hochwasser"): those match only whole.
            keys.UnionWith(actor.Type == EntityType.Per ? NameFolding.Keys(name) : NameFolding.Keys(name).Take(1));
        }

        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            document.Add(new StoredField(IndexFields.ActorKey, key));
        }

        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddQuotes(Document document, Article article, string language)
    {
        var quotes = new StringBuilder();
        foreach (var quote in article.Quotes.Where(q => q.Span.IsValidFor(article.Text)))
        {
            quotes.Append(article.Text, quote.Span.Start, quote.Span.Length).Append("\n\n");
        }

        if (quotes.Length > 0)
        {
            document.Add(new TextField(IndexFields.QuotesIn(language), quotes.ToString(), Field.Store.NO));
        }
    }

    private static void AddActors(Document document, Article article)
    {
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        var names = new StringBuilder();
        var spans = new StringBuilder();
        foreach (var mention in article.Mentions)
        {
            if (mention.ActorId is not { } actorId)
            {
                continue;
            }

            if (actors.Add(actorId))
            {
                names.Append(mention.Surface).Append('\n');
            }

            spans.Append(CultureInfo.InvariantCulture, $"{actorId} {mention.Span.Start} {mention.Span.End}\n");
        }

        foreach (var actorId in actors)
        {
            document.Add(new StringField(IndexFields.Actor, actorId, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.ActorValues, new BytesRef(actorId)));
        }

        if (names.Length > 0)
        {
            document.Add(new TextField(IndexFields.ActorNames, names.ToString(), Field.Store.NO));
            document.Add(new StoredField(IndexFields.ActorSpans, spans.ToString()));
        }
    }
}
