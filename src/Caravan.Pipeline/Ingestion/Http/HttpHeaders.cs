using System.Text;

namespace Caravan.Pipeline.Ingestion.Http;

/// <summary>Small helpers for HTTP header values shared by the WARC reader and the feed fetcher.</summary>
public static class HttpHeaders
{
    /// <summary>The media type of a Content-Type value, lowercased ("text/html; charset=x" -> "text/html").</summary>
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>The charset parameter of a Content-Type value, lowercased, unquoted; null when absent.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';').Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = part[(eq + 1)..].Trim().Trim('"', '\'').ToLowerInvariant();
                return value.Length is > 0 and <= 40 ? value : null;
            }
        }

        return null;
    }

    /// <summary>True for media types we extract articles from.</summary>
    public static bool IsHtml(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    /// <summary>True when bytes without a declared type start like an HTML page.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
