using Caravan.Core.Search;
using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// Counts every matching article by language, site, publication day and actor in one statement, and
/// orders them as the Lucene index does: largest first then by value (days newest first).
/// </summary>
internal static class SearchFacetQuery
{
    public static (int Total, SearchFacets Facets) Run(NpgsqlConnection connection, CompiledSearch search, int limit)
    {
        var counts = new[] { new Dictionary<string, int>(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal) };
        using (var command = Command(connection, search, $"""
            WITH m AS (SELECT s.language, s.site, s.day, s.actors FROM search_articles s WHERE {search.Where})
            SELECT 0, language, count(*)::int FROM m GROUP BY language
            UNION ALL SELECT 1, site, count(*)::int FROM m WHERE site IS NOT NULL GROUP BY site
            UNION ALL SELECT 2, day, count(*)::int FROM m WHERE day IS NOT NULL GROUP BY day
            UNION ALL SELECT 3, a, count(*)::int FROM m CROSS JOIN LATERAL unnest(m.actors) AS a GROUP BY a
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counts[reader.GetInt32(0)][reader.GetString(1)] = reader.GetInt32(2);
            }
        }

        var actorIds = Top(counts[3], limit).Select(p => p.Key).ToArray();
        var names = ActorNames(connection, actorIds);
        var facets = new SearchFacets(
            [.. Top(counts[0], limit).Select(p => new FacetCount(p.Key, p.Key, p.Value))],
            [.. Top(counts[1], limit).Select(p => new FacetCount(p.Key, p.Key, p.Value))],
            [.. Top(counts[3], limit).Select(p => new FacetCount(p.Key, names.GetValueOrDefault(p.Key, p.Key), p.Value))],
            [.. counts[2].OrderByDescending(p => p.Key, StringComparer.Ordinal).Take(limit).Select(p => new FacetCount(p.Key, p.Key, p.Value))]);
        // Every article has one language: their counts add up to the matches.
        return (counts[0].Values.Sum(), facets);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, CompiledSearch search, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in search.Parameters.Values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private static IEnumerable<KeyValuePair<string, int>> Top(Dictionary<string, int> counts, int limit) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit);

    private static Dictionary<string, string> ActorNames(NpgsqlConnection connection, string[] ids)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = new NpgsqlCommand("SELECT id, name FROM search_actors WHERE id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }
}
