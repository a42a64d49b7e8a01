using System.IO.Compression;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>
/// HTML input files as the extract verb takes them: files as given, folders searched recursively
/// for .html/.htm (optionally .gz) files sorted by path (ordinal), ids are file names without those
/// endings.
/// </summary>
public static class HtmlInputs
{
    private static readonly string[] Endings = [".gz", ".html", ".htm"];

    /// <summary>The files under the given paths, in order. Throws CARAVAN0003 for a path that does not exist.</summary>
    public static IReadOnlyList<string> Enumerate(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsHtmlFile)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: no such file or folder");
            }
        }

        return files;
    }

    /// <summary>The document id of a file: its name without .gz, .html and .htm endings.</summary>
    public static string IdOf(string path)
    {
        // Each ending is removed at most once, in this order (as the benchmark scorers do).
        var name = Path.GetFileName(path);
        foreach (var ending in Endings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^ending.Length];
            }
        }

        return name;
    }

    /// <summary>The bytes of a file, gunzipped when it ends in .gz. Throws CARAVAN0003 naming the file.</summary>
    public static byte[] Read(string path, int maxBytes)
    {
        try
        {
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                return File.ReadAllBytes(path);
            }

            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream(GzipSizeHint(file, maxBytes));
            var chunk = new byte[81920];
            int n;
            while ((n = gzip.Read(chunk, 0, chunk.Length)) > 0 && buffer.Length < maxBytes)
            {
                buffer.Write(chunk, 0, n);
            }

            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: cannot read ({e.Message})", e);
        }
    }

    /// <summary>
    /// The size a gzip file names in its trailer (ISIZE, the length modulo 2^32 of its last member), so the
    /// page is read into one buffer of its size: no growing and copying of buffers past 85 kB. Only a hint.
    /// </summary>
    private static int GzipSizeHint(FileStream file, int maxBytes)
    {
        if (file.Length < 18)
        {
            return 0;
        }

        Span<byte> trailer = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(trailer);
        file.Seek(0, SeekOrigin.Begin);
        var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return (int)Math.Min(size, (uint)maxBytes + 81920u);
    }

    private static bool IsHtmlFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase);
    }
}
