using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Caravan.Pipeline.Ingestion.Warc;

/// <summary>
/// The HTTP response held in a WARC response record: status, headers and the body, with chunked
/// transfer coding and gzip/deflate/br content coding undone (bounded by a size limit).
/// </summary>
internal sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    private const int MaxHeaders = 256;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses a response; null with a reason when the block is not one we can read.</summary>
    public static HttpMessage? Parse(byte[] block, long maxBody, out string? problem)
    {
        problem = null;
        var end = HeaderEnd(block, out var separator);
        if (end < 0)
        {
            problem = "HTTP headers not terminated";
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            problem = "no HTTP status line";
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Take(MaxHeaders))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = block.AsSpan(end + separator).ToArray();
        try
        {
            if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                body = Dechunk(body, maxBody);
            }

            if (headers.TryGetValue("Content-Encoding", out var coding) && !string.IsNullOrWhiteSpace(coding)
                && !coding.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                body = Decode(body, coding.Trim().ToLowerInvariant(), maxBody);
            }
        }
        catch (InvalidDataException e)
        {
            problem = $"HTTP body cannot be decoded ({e.Message})";
            return null;
        }

        return new HttpMessage(code, headers, body);
    }

    private static int HeaderEnd(byte[] block, out int separator)
    {
        var span = block.AsSpan();
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separator = 4;
            return crlf;
        }

        separator = 2;
        return lf;
    }

    private static byte[] Dechunk(byte[] body, long maxBody)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var newline = Array.IndexOf(body, (byte)'\n', at);
            if (newline < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body, at, newline - at).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new InvalidDataException("bad chunk size");
            }

            if (size == 0)
            {
                break;
            }

            at = newline + 1;
            var take = (int)Math.Min(size, body.Length - at);
            if (output.Length + take > maxBody)
            {
                throw new InvalidDataException("body larger than the limit");
            }

            output.Write(body, at, take);
            at += take;
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }

        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string coding, long maxBody)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"unknown content coding '{coding}'"),
        };
        using var output = new MemoryStream();
        var buffer = new byte[16384];
        int read;
        while ((read = decoder.Read(buffer)) > 0)
        {
            if (output.Length + read > maxBody)
            {
                throw new InvalidDataException("body larger than the limit");
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
