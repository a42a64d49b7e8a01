using System.Collections.Concurrent;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// One connection pool per database for the whole process, as Npgsql keeps its own pools: stores and
/// indexes opened per request (the web server) reuse physical connections instead of opening new ones.
/// </summary>
internal static class PostgresConnections
{
    private static readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> Pools = new(StringComparer.Ordinal);

    public static NpgsqlDataSource For(string url)
    {
        var connectionString = PostgresUrl.ToConnectionString(url);
        return Pools.GetOrAdd(connectionString, cs => new Lazy<NpgsqlDataSource>(() =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            builder.ConnectionStringBuilder.ApplicationName ??= "caravan";
            return builder.Build();
        })).Value;
    }
}
