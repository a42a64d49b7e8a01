using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Connection pools of <c>postgres://</c> URLs (each store and search index holds one).</summary>
internal static class PostgresConnections
{
    public static NpgsqlDataSource Open(string url)
    {
        var builder = new NpgsqlDataSourceBuilder(PostgresUrl.ToConnectionString(url));
        builder.ConnectionStringBuilder.ApplicationName ??= "caravan";
        return builder.Build();
    }
}
