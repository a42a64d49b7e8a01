using System.Globalization;
using Caravan.Core.Errors;

namespace Caravan.Cluster.Hosting;

/// <summary>`redis://[:password@]host[:port][/db]` as a StackExchange.Redis configuration string.</summary>
public static class RedisUrl
{
    public static string ToConfiguration(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.Equals(uri.Scheme, "redis", StringComparison.Ordinal) || uri.Host.Length == 0)
        {
            throw new CaravanException(ErrorCode.BadArgument, $"--cluster '{url}': expected redis://HOST[:PORT][/DB]");
        }

        var configuration = $"{uri.Host}:{(uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port).ToString(CultureInfo.InvariantCulture)}";
        var password = uri.UserInfo.Split(':', 2) is [_, var secret] ? Uri.UnescapeDataString(secret) : null;
        if (!string.IsNullOrEmpty(password))
        {
            configuration += ",password=" + password;
        }

        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } db)
        {
            if (!int.TryParse(db, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new CaravanException(ErrorCode.BadArgument, $"--cluster '{url}': the database must be a number");
            }

            configuration += ",defaultDatabase=" + number.ToString(CultureInfo.InvariantCulture);
        }

        return configuration + ",abortConnect=false";
    }
}
