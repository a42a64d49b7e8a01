using System.Text.Json;
using Caravan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>Writes the derived corpus tables (stories, actors, relations) in one transaction.</summary>
internal static class CorpusRows
{
    public static void Replace(SqliteConnection connection, CorpusResult corpus)
    {
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, "DELETE FROM stories; DELETE FROM actors; DELETE FROM relations;");
        using (var insert = Prepare(connection, transaction, "INSERT INTO stories (id, ord, json) VALUES ($a, $b, $c)"))
        {
            for (var i = 0; i < corpus.Stories.Length; i++)
            {
                var story = corpus.Stories[i];
                Execute(insert, story.Id, i, JsonSerializer.Serialize(story, StoreJson.Default.Story));
            }
        }

        using (var insert = Prepare(connection, transaction, "INSERT INTO actors (id, ord, name, type, json) VALUES ($a, $b, $c, $d, $e)"))
        {
            for (var i = 0; i < corpus.Actors.Length; i++)
            {
                var actor = corpus.Actors[i];
                Execute(insert, actor.Id, i, actor.Name, actor.Type.ToTag(), JsonSerializer.Serialize(actor, StoreJson.Default.Actor));
            }
        }

        using (var insert = Prepare(connection, transaction, "INSERT INTO relations (ord, source, target, code, json) VALUES ($a, $b, $c, $d, $e)"))
        {
            for (var i = 0; i < corpus.Relations.Length; i++)
            {
                var relation = corpus.Relations[i];
                Execute(insert, i, relation.SourceActorId, relation.TargetActorId, relation.Code,
                    JsonSerializer.Serialize(relation, StoreJson.Default.Relation));
            }
        }

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Prepare(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteCommand command, params object[] values)
    {
        command.Parameters.Clear();
        var names = new[] { "$a", "$b", "$c", "$d", "$e" };
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(names[i], values[i]);
        }

        command.ExecuteNonQuery();
    }
}
