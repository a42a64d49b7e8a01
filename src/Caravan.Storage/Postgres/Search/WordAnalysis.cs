using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// One round trip that analyses the query as PostgreSQL will match it: each word's tsquery in every
/// configuration in use (null when some configuration drops it as a stop word), and the names and
/// variants of the actors to highlight, as phrase queries in every configuration (a snippet is
/// parsed in its article's configuration, so only that one's lexemes can match).
/// </summary>
internal sealed record WordAnalysis(IReadOnlyList<string?> WordQueries, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> VariantQueries)
{
    public static WordAnalysis Run(NpgsqlConnection connection, List<string> words, IReadOnlyList<string> configs, string[] actorIds)
    {
        var perWord = words.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        var dropped = new bool[words.Count];
        using (var command = new NpgsqlCommand("""
            SELECT w.i::int - 1, plainto_tsquery(c.cfg::regconfig, w.word)::text
            FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i) CROSS JOIN unnest($2::text[]) AS c(cfg)
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = words.ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = configs.ToArray() });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (index, query) = (reader.GetInt32(0), reader.GetString(1));
                if (query.Length == 0)
                {
                    dropped[index] = true;
                }
                else
                {
                    perWord[index].Add("(" + query + ")");
                }
            }
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var variants = new SortedSet<string>(StringComparer.Ordinal);
        if (actorIds.Length > 0)
        {
            using var command = new NpgsqlCommand("""
                SELECT a.id, a.name, phraseto_tsquery(c.cfg::regconfig, v)::text
                FROM search_actors a CROSS JOIN LATERAL unnest(a.variants) AS v CROSS JOIN unnest($2::text[]) AS c(cfg)
                WHERE a.id = ANY($1)
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = actorIds });
            command.Parameters.Add(new NpgsqlParameter { Value = configs.ToArray() });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names[reader.GetString(0)] = reader.GetString(1);
                if (reader.GetString(2) is { Length: > 0 } phrase)
                {
                    variants.Add(phrase);
                }
            }
        }

        var queries = words.Select((_, i) => dropped[i] || perWord[i].Count == 0 ? null : "(" + string.Join(" | ", perWord[i]) + ")").ToList();
        return new WordAnalysis(queries, names, [.. variants]);
    }
}
