using System.Text.Json;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>The commands that rewrite the derived corpus tables (stories, actors, relations): one insert per table.</summary>
internal static class PostgresCorpusRows
{
    public static IEnumerable<NpgsqlBatchCommand> Replace(CorpusResult corpus)
    {
        yield return PostgresArticleRows.Command("DELETE FROM stories");
        yield return PostgresArticleRows.Command("DELETE FROM actors");
        yield return PostgresArticleRows.Command("DELETE FROM relations");
        yield return PostgresArticleRows.Command(
            "INSERT INTO stories (id, ord, json) SELECT * FROM unnest($1::text[], $2::integer[], $3::text[])",
            corpus.Stories.Select(s => s.Id).ToArray(),
            Ordinals(corpus.Stories.Length),
            corpus.Stories.Select(s => JsonSerializer.Serialize(s, StoreJson.Default.Story)).ToArray());
        yield return PostgresArticleRows.Command(
            "INSERT INTO actors (id, ord, name, type, json) SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[])",
            corpus.Actors.Select(a => a.Id).ToArray(),
            Ordinals(corpus.Actors.Length),
            corpus.Actors.Select(a => a.Name).ToArray(),
            corpus.Actors.Select(a => a.Type.ToTag()).ToArray(),
            corpus.Actors.Select(a => JsonSerializer.Serialize(a, StoreJson.Default.Actor)).ToArray());
        yield return PostgresArticleRows.Command(
            "INSERT INTO relations (ord, source, target, code, json) SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[])",
            Ordinals(corpus.Relations.Length),
            corpus.Relations.Select(r => r.SourceActorId).ToArray(),
            corpus.Relations.Select(r => r.TargetActorId).ToArray(),
            corpus.Relations.Select(r => r.Code).ToArray(),
            corpus.Relations.Select(r => JsonSerializer.Serialize(r, StoreJson.Default.Relation)).ToArray());
    }

    /// <summary>The stored stories, actors and relations in their stored order.</summary>
    public static CorpusResult Read(Func<string, IEnumerable<string>> json) => new(
        [],
        [.. json("SELECT json FROM stories ORDER BY ord").Select(j => JsonSerializer.Deserialize(j, StoreJson.Default.Story)!)],
        [.. json("SELECT json FROM actors ORDER BY ord").Select(j => JsonSerializer.Deserialize(j, StoreJson.Default.Actor)!)],
        [.. json("SELECT json FROM relations ORDER BY ord").Select(j => JsonSerializer.Deserialize(j, StoreJson.Default.Relation)!)]);

    private static int[] Ordinals(int count) => [.. Enumerable.Range(0, count)];
}
