using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Caravan.Tests.Ingestion;

/// <summary>Writes WARC records for tests: one gzip member per record when compressed, as Common Crawl does.</summary>
internal static class WarcFiles
{
    public sealed record Page(string Uri, string Type, int Status, string ContentType, string Body, bool Chunked = false);

    public static byte[] Record(Page page)
    {
        var body = Encoding.UTF8.GetBytes(page.Body);
        var http = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {page.Status} X\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {page.ContentType}\r\n");
        byte[] payload;
        if (page.Chunked)
        {
            http.Append("Transfer-Encoding: chunked\r\n\r\n");
            using var chunks = new MemoryStream();
            for (var at = 0; at < body.Length; at += 7)
            {
                var size = Math.Min(7, body.Length - at);
                chunks.Write(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
                chunks.Write(body, at, size);
                chunks.Write("\r\n"u8);
            }

            chunks.Write("0\r\n\r\n"u8);
            payload = chunks.ToArray();
        }
        else
        {
            http.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n");
            payload = body;
        }

        var block = Encoding.Latin1.GetBytes(http.ToString()).Concat(payload).ToArray();
        var header = string.Create(CultureInfo.InvariantCulture,
            $"WARC/1.1\r\nWARC-Type: {page.Type}\r\nWARC-Target-URI: {page.Uri}\r\nWARC-Date: 2024-03-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] File(IEnumerable<Page> pages, bool gzip)
    {
        using var output = new MemoryStream();
        foreach (var page in pages)
        {
            var record = Record(page);
            if (gzip)
            {
                using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
                member.Write(record);
            }
            else
            {
                output.Write(record);
            }
        }

        return output.ToArray();
    }

    public static string Html(int i) => string.Create(CultureInfo.InvariantCulture,
        $"<!doctype html><html lang=\"de\"><head><title>Meldung {i}</title></head><body><article><p>Die Regierung hat am Montag über Vorhaben {i} beraten.</p></article></body></html>");
}
