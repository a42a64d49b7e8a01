using System.Globalization;
using Caravan.Core.Errors;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// Brings a database to the current schema. All pending migrations run in one transaction under an
/// advisory lock, so processes starting together apply each exactly once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Advisory lock key of schema changes ("CARAVAN" in ASCII).</summary>
    private const long MigrationLock = 0x43415241_56414E;

    public static void Migrate(NpgsqlDataSource dataSource)
    {
        // The common case, an up-to-date store, costs one query and no lock.
        if (Exists(dataSource) && CurrentVersion(dataSource) == PostgresMigrations.All.Length)
        {
            return;
        }

        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, FormattableString.Invariant($"SELECT pg_advisory_xact_lock({MigrationLock})"));
        Run(connection, transaction, "CREATE TABLE IF NOT EXISTS caravan_schema (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())");
        using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM caravan_schema", connection, transaction);
        var version = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > PostgresMigrations.All.Length)
        {
            throw new CaravanException(ErrorCode.StoreUnavailable,
                FormattableString.Invariant($"store schema version {version} is newer than this Caravan ({PostgresMigrations.All.Length}); upgrade Caravan"));
        }

        for (var next = version; next < PostgresMigrations.All.Length; next++)
        {
            Run(connection, transaction, PostgresMigrations.All[next]);
            Run(connection, transaction, FormattableString.Invariant($"INSERT INTO caravan_schema (version) VALUES ({next + 1})"));
        }

        transaction.Commit();
    }

    /// <summary>Whether the database holds a Caravan store (any schema version).</summary>
    public static bool Exists(NpgsqlDataSource dataSource)
    {
        using var command = dataSource.CreateCommand("SELECT to_regclass('caravan_schema') IS NOT NULL");
        return command.ExecuteScalar() is true;
    }

    private static int CurrentVersion(NpgsqlDataSource dataSource)
    {
        using var command = dataSource.CreateCommand("SELECT coalesce(max(version), 0) FROM caravan_schema");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
