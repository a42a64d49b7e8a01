using Caravan.Core.Errors;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// Turns a <c>postgres://user[:password]@host[:port]/database[?param=value&amp;...]</c> URL (also
/// <c>postgresql://</c>) into an Npgsql connection string. Query parameters take libpq's names
/// (<c>sslmode</c>, <c>application_name</c>, <c>connect_timeout</c>...) or Npgsql's keywords.
/// </summary>
public static class PostgresUrl
{
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    /// <summary>Whether <paramref name="db"/> is a PostgreSQL URL rather than a folder.</summary>
    public static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string; CARAVAN0008 naming the problem when the URL is not one.</summary>
    public static string ToConnectionString(string url)
    {
        if (!IsUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw Bad(url, "expected postgres://user@host:port/database");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw Bad(url, "the URL names no database (postgres://user@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            try
            {
                builder[LibpqNames.GetValueOrDefault(name, name)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw Bad(url, $"unknown or invalid parameter '{name}'");
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The URL with its password masked, for messages and logs.</summary>
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return url;
        }

        var user = uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)];
        return url.Replace(uri.UserInfo + "@", user + ":***@", StringComparison.Ordinal);
    }

    private static CaravanException Bad(string url, string problem) =>
        new(ErrorCode.BadArgument, $"--db '{Redact(url)}': {problem}");
}
