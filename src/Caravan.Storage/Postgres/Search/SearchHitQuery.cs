using System.Globalization;
using Caravan.Core.Search;
using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// The best hits with their snippets: ranked and cut to the page (offset, limit) first, so that
/// ts_headline runs on those few texts only (title, text and site come from the store's articles table).
/// </summary>
internal static class SearchHitQuery
{
    public static ImmutableArray<SearchHit> Run(NpgsqlConnection connection, CompiledSearch search, int offset, int limit)
    {
        var headline = search.Parameters.Add(search.Headline);
        var options = search.Parameters.Add(Headline.Options);
        var top = search.Parameters.Add(limit);
        var skip = search.Parameters.Add(offset);
        using var command = SearchFacetQuery.Command(connection, search, FormattableString.Invariant($"""
            SELECT t.id, a.title, t.language, a.published, a.site, t.story_id, t.score,
                   ts_headline(t.config, left(a.text, {Headline.MaxChars}), {headline}::tsquery, {options})
            FROM (SELECT s.id, s.language, s.config, s.story_id, ({search.Score})::real AS score
                  FROM search_articles s WHERE {search.Where} ORDER BY score DESC, s.id LIMIT {top} OFFSET {skip}) t
            JOIN articles a ON a.id = t.id
            ORDER BY t.score DESC, t.id
            """));
        using var reader = command.ExecuteReader();
        var hits = ImmutableArray.CreateBuilder<SearchHit>();
        while (reader.Read())
        {
            var published = reader.IsDBNull(3) ? null : reader.GetString(3);
            var (snippet, highlights) = Headline.Parse(reader.GetString(7));
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetFloat(6),
                snippet,
                highlights));
        }

        return hits.ToImmutable();
    }
}
