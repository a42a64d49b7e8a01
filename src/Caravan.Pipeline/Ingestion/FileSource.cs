using System.IO.Compression;
using Caravan.Core.Errors;
using Caravan.Pipeline.Ingestion.Warc;

namespace Caravan.Pipeline.Ingestion;

/// <summary>
/// Reads files and folders (recursively, sorted by path, ordinal) of plain text, HTML (also gzipped),
/// JSON lines and WARC archives. Yields one <see cref="IngestedDocument"/> per article, and an
/// <see cref="InputProblem"/> for each input that cannot be read, is empty, binary or not valid
/// UTF-8 — the other inputs go on.
/// </summary>
public sealed class FileSource(IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    /// <summary>The article files under the given paths, in the order they are ingested.</summary>
    public static IEnumerable<string> ListFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentIds.KindOf(f) is not null || WarcReader.IsWarc(f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var file in ListFiles(paths))
        {
            foreach (var item in ReadFile(file))
            {
                yield return item;
            }
        }
    }

    public IEnumerable<IngestItem> ReadFile(string path)
    {
        if (WarcReader.IsWarc(path))
        {
            // Archives hold many documents and can be large: streamed, never read whole.
            return WarcReader.Read(path, _options);
        }

        var kind = DocumentIds.KindOf(path);
        if (kind is null)
        {
            return [new InputProblem(path, ErrorCode.InputUnreadable, "unsupported file type (expected .txt, .html, .htm, .html.gz, .jsonl, .warc or .warc.gz)")];
        }

        byte[] bytes;
        try
        {
            bytes = ReadBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [new InputProblem(path, ErrorCode.InputUnreadable, $"cannot read ({e.Message})")];
        }

        if (ContentChecks.IsBlank(bytes))
        {
            return [new InputProblem(path, ErrorCode.InputEmpty, "empty file, no text")];
        }

        if (ContentChecks.LooksBinary(bytes))
        {
            return [new InputProblem(path, ErrorCode.InputBinary, "binary content, not text or HTML")];
        }

        if (kind != SourceKind.Html && ContentChecks.FirstInvalidUtf8(bytes) is var bad and >= 0)
        {
            return [new InputProblem(path, ErrorCode.InvalidEncoding, FormattableString.Invariant($"invalid UTF-8 at byte {bad}"))];
        }

        if (kind == SourceKind.JsonLines)
        {
            return JsonLinesReader.Read(path, bytes, _options);
        }

        var source = new SourceInfo(path, null, kind.Value);
        var document = new RawDocument(DocumentIds.FromPath(path), source, bytes, ContentChecks.Hash(bytes), DocumentHints.None);
        return [new IngestedDocument(document)];
    }

    private byte[] ReadBytes(string path)
    {
        using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using (stream)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > _options.MaxDocumentBytes)
                {
                    throw new InvalidDataException(FormattableString.Invariant($"larger than the {_options.MaxDocumentBytes} byte limit"));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
