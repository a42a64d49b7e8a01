using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// Finds the actors a query names. Exact: the folded words equal a folded variant (or a person's
/// surname), as in the Lucene index. Fuzzy, with pg_trgm: a single word of at least
/// <see cref="FuzzyMinLength"/> letters that names no actor exactly matches the persons whose key is
/// most similar, at trigram similarity <see cref="FuzzyThreshold"/> or more ("Tokaev" finds "Tokayev").
/// Only persons: transliteration varies their names; for organisations and places a near word is
/// usually another word ("floods", "Flood Agency").
/// </summary>
internal sealed class ActorLookup
{
    /// <summary>Trigram similarity of "tokaev" and "tokayev" (5 shared of 10) is 0.5: the lowest accepted.</summary>
    public const double FuzzyThreshold = 0.5;

    public const int FuzzyMinLength = 5;

    private readonly Dictionary<string, IReadOnlyList<string>> _byKey;

    private ActorLookup(Dictionary<string, IReadOnlyList<string>> byKey) => _byKey = byKey;

    public IReadOnlyList<string> Find(string foldedKey) => _byKey.TryGetValue(foldedKey, out var ids) ? ids : [];

    /// <summary>Looks up every candidate key at once: exact matches, then fuzzy ones for single words left unmatched.</summary>
    public static ActorLookup Load(NpgsqlConnection connection, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> fuzzyWords)
    {
        var found = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var exact = new NpgsqlCommand("SELECT key, actor_id FROM search_actor_keys WHERE key = ANY($1)", connection))
        {
            exact.Parameters.Add(new NpgsqlParameter { Value = keys.Distinct(StringComparer.Ordinal).ToArray() });
            Collect(exact, found);
        }

        var fuzzy = fuzzyWords.Where(w => w.Length >= FuzzyMinLength && !w.Contains(' ', StringComparison.Ordinal) && !found.ContainsKey(w))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (fuzzy.Length > 0)
        {
            // The best-scoring keys per word only: "tokaev" goes to Tokayev, not to every name sharing a trigram.
            using var near = new NpgsqlCommand("""
                SELECT w, actor_id FROM (
                    SELECT w, k.actor_id, similarity(k.key, w) AS sim, max(similarity(k.key, w)) OVER (PARTITION BY w) AS best
                    FROM unnest($1::text[]) AS w JOIN search_actor_keys k ON k.person AND k.key % w) m
                WHERE sim >= $2 AND sim = best
                """, connection);
            near.Parameters.Add(new NpgsqlParameter { Value = fuzzy });
            near.Parameters.Add(new NpgsqlParameter { Value = FuzzyThreshold });
            Collect(near, found);
        }

        return new ActorLookup(found.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal));
    }

    private static void Collect(NpgsqlCommand command, Dictionary<string, SortedSet<string>> found)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!found.TryGetValue(key, out var ids))
            {
                found[key] = ids = new SortedSet<string>(StringComparer.Ordinal);
            }

            ids.Add(reader.GetString(1));
        }
    }
}
