using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Pipeline.Ingestion.Http;

namespace Caravan.Pipeline.Ingestion.Warc;

/// <summary>
/// Streams the HTML pages out of a WARC 1.0/1.1 file (plain or gzip, one member per record as
/// Common Crawl writes them; GZipStream reads the members in sequence). Only <c>response</c>
/// records with a 2xx HTTP status and an HTML body become documents; the rest is skipped quietly.
/// A malformed record is reported (file and byte offset) and the reader moves to the next line that
/// starts a record; a truncated record or corrupt compression ends the file with one problem.
/// Document id: "warc-" + a hash of the target URI; the response's charset is passed on as a hint.
/// </summary>
public static class WarcReader
{
    private const int MaxHeaderLines = 512;

    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a WARC file lazily; the file stays open while the sequence is enumerated.</summary>
    public static IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputProblem(path, ErrorCode.InputUnreadable, $"cannot read ({e.Message})")];
        }

        return ReadOwned(file, path, options);
    }

    private static IEnumerable<IngestItem> ReadOwned(Stream file, string path, IngestOptions options)
    {
        using (file)
        {
            var gzip = file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;
            file.Position = 0;
            using var stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            foreach (var item in Read(stream, path, options))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads WARC records from an already decompressed stream; <paramref name="name"/> names it in problems.</summary>
    public static IEnumerable<IngestItem> Read(Stream stream, string name, IngestOptions options)
    {
        var reader = new ByteLineReader(stream);
        var records = 0;
        while (true)
        {
            var (item, stop) = Next(reader, name, options, ref records);
            if (item is not null)
            {
                yield return item;
            }

            if (stop)
            {
                yield break;
            }
        }
    }

    /// <summary>One step: the next document or problem (or nothing for a skipped record), and whether the file ends here.</summary>
    private static (IngestItem? Item, bool Stop) Next(ByteLineReader reader, string name, IngestOptions options, ref int records)
    {
        byte[]? line;
        try
        {
            line = SkipBlankLines(reader);
            if (line is null)
            {
                return (null, true);
            }

            var at = reader.Offset - line.Length;
            if (!IsVersionLine(line))
            {
                var skipped = Resync(reader);
                return (Problem(name, at, "not a WARC record (garbage before the next record skipped)"), skipped is null);
            }

            var headers = ReadHeaders(reader);
            records++;
            if (!headers.TryGetValue("Content-Length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return (Problem(name, at, $"record {records} has no valid Content-Length ('{lengthText}'); skipped"), false);
            }

            var type = headers.GetValueOrDefault("WARC-Type", "");
            if (!type.Equals("response", StringComparison.OrdinalIgnoreCase) || length > options.MaxDocumentBytes)
            {
                if (!reader.ReadBlock(length, null))
                {
                    return (Problem(name, at, $"record {records} is truncated"), true);
                }

                return (length > options.MaxDocumentBytes && type.Equals("response", StringComparison.OrdinalIgnoreCase)
                    ? Problem(name, at, FormattableString.Invariant($"record {records} is larger than the {options.MaxDocumentBytes} byte limit; skipped"))
                    : null, false);
            }

            using var block = new MemoryStream((int)Math.Min(length, 1 << 20));
            if (!reader.ReadBlock(length, block))
            {
                return (Problem(name, at, FormattableString.Invariant($"record {records} is truncated ({block.Length} of {length} bytes)")), true);
            }

            return (Response(headers, block.ToArray(), name, at, options), false);
        }
        catch (InvalidDataException e)
        {
            return (Problem(name, reader.Offset, $"corrupt compressed data ({e.Message}); the rest of the file is skipped"), true);
        }
    }

    private static IngestItem? Response(Dictionary<string, string> headers, byte[] block, string name, long at, IngestOptions options)
    {
        var uri = headers.GetValueOrDefault("WARC-Target-URI", "").Trim('<', '>', ' ');
        var http = HttpMessage.Parse(block, options.MaxDocumentBytes, out var problem);
        if (http is null)
        {
            return Problem(name, at, $"response for '{uri}': {problem}; skipped");
        }

        var contentType = http.Header("Content-Type");
        var media = HttpHeaders.MediaType(contentType);
        var html = media is null ? HttpHeaders.LooksLikeHtml(http.Body) : HttpHeaders.IsHtml(media);
        if (http.Status is < 200 or > 299 || !html || ContentChecks.IsBlank(http.Body))
        {
            return null; // redirects, errors, images, scripts: not articles
        }

        var id = "warc-" + ContentChecks.Hash(Encoding.UTF8.GetBytes(uri.Length > 0 ? uri : headers.GetValueOrDefault("WARC-Record-ID", "")))[..16];
        var source = new SourceInfo(name, uri.Length > 0 ? uri : null, SourceKind.Html);
        var hints = new DocumentHints(Charset: HttpHeaders.Charset(contentType));
        return new IngestedDocument(new RawDocument(id, source, http.Body, ContentChecks.Hash(http.Body), hints));
    }

    private static byte[]? SkipBlankLines(ByteLineReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.AsSpan().Trim((byte)' ').Length > 0)
            {
                return line;
            }
        }

        return null;
    }

    private static bool IsVersionLine(byte[] line) =>
        line.AsSpan().StartsWith("WARC/1.0"u8) || line.AsSpan().StartsWith("WARC/1.1"u8);

    /// <summary>Skips lines up to the next record's version line (left unread in effect by returning it), null at the end.</summary>
    private static byte[]? Resync(ByteLineReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (IsVersionLine(line))
            {
                reader.PushBack(line);
                return line;
            }
        }

        return null;
    }

    private static Dictionary<string, string> ReadHeaders(ByteLineReader reader)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < MaxHeaderLines && reader.ReadLine() is { Length: > 0 } line; i++)
        {
            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[text[..colon].Trim()] = text[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    private static InputProblem Problem(string name, long offset, string message) =>
        new(FormattableString.Invariant($"{name}@{offset}"), ErrorCode.InvalidRecord, message);
}
