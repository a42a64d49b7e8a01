using System.Globalization;
using System.Text;
using Caravan.Search.Indexing;
using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>The rows of the search tables made from articles and actors (schema: migration 2).</summary>
internal static class SearchRows
{
    /// <summary>
    /// Text beyond this is not indexed: a tsvector holds at most 1 MB and positions up to 16,383, so a
    /// longer text would fail the whole update. News articles stay far below it.
    /// </summary>
    public const int MaxIndexedChars = 100_000;

    /// <summary>What decides whether an indexed row is current: id, content, story and duplicate link.</summary>
    public static string VersionKey(Article article) =>
        string.Join('\u001f', article.Id, article.ContentHash, article.StoryId ?? "", article.DuplicateOf ?? "");

    /// <summary>
    /// Inserts the article's row: title, text and quotes weighted A, B, C in its language's
    /// configuration, so a title match ranks above a body match as in the Lucene index.
    /// </summary>
    public static NpgsqlBatchCommand Insert(Article article, string config)
    {
        var language = Caravan.Search.IndexFields.SafeLanguage(article.Language);
        var actors = article.Mentions.Select(m => m.ActorId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return PostgresArticleRows.Command("""
            INSERT INTO search_articles (id, version, language, config, site, site_key, story_id, published, day, actors, document)
            VALUES ($1, $2, $3, $4::regconfig, $5, $6, $7, $8, $9, $10,
                setweight(to_tsvector($4::regconfig, $11), 'A') || setweight(to_tsvector($4::regconfig, $12), 'B')
                || setweight(to_tsvector($4::regconfig, $13), 'C'))
            """,
            article.Id, VersionKey(article), language, config,
            article.Site is { Length: > 0 } site ? site : null, article.Site is { Length: > 0 } s ? s.ToLowerInvariant() : null,
            article.StoryId, article.Published?.ToUniversalTime(),
            article.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            actors, article.Title ?? "", Clip(article.Text), Clip(Quotes(article)));
    }

    /// <summary>The actor table: id, canonical name, every variant, and the folded keys query words are matched on.</summary>
    public static IEnumerable<NpgsqlBatchCommand> ReplaceActors(ImmutableArray<Actor> actors)
    {
        yield return PostgresArticleRows.Command("DELETE FROM search_actor_keys");
        yield return PostgresArticleRows.Command("DELETE FROM search_actors");
        yield return PostgresArticleRows.Command(
            "INSERT INTO search_actors (id, name, variants) SELECT id, name, string_to_array(variants, E'\\n') FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, name, variants)",
            actors.Select(a => a.Id).ToArray(),
            actors.Select(a => a.Name).ToArray(),
            actors.Select(a => string.Join('\n', a.Variants.Select(v => v.Surface).Prepend(a.Name).Distinct(StringComparer.Ordinal))).ToArray());
        var keys = actors.SelectMany(a => Keys(a).Select(k => (Key: k, a.Id, Person: a.Type == EntityType.Per))).ToArray();
        yield return PostgresArticleRows.Command(
            "INSERT INTO search_actor_keys (key, actor_id, person) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])",
            keys.Select(k => k.Key).ToArray(), keys.Select(k => k.Id).ToArray(), keys.Select(k => k.Person).ToArray());
    }

    /// <summary>Folded keys as the Lucene index makes them: a person's surname alone names them, other names only whole.</summary>
    private static IEnumerable<string> Keys(Actor actor) =>
        actor.Variants.Select(v => v.Surface).Prepend(actor.Name)
            .SelectMany(name => actor.Type == EntityType.Per ? NameFolding.Keys(name) : NameFolding.Keys(name).Take(1))
            .Distinct(StringComparer.Ordinal);

    private static string Quotes(Article article)
    {
        var quotes = new StringBuilder();
        foreach (var quote in article.Quotes.Where(q => q.Span.IsValidFor(article.Text)))
        {
            quotes.Append(article.Text, quote.Span.Start, quote.Span.Length).Append("\n\n");
        }

        return quotes.ToString();
    }

    private static string Clip(string text) => text.Length <= MaxIndexedChars ? text : text[..MaxIndexedChars];
}
