using System.Text;
using Caravan.Pipeline.Ingestion;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Ingest;

/// <summary>
/// Uploaded files saved to a private temporary folder under safe names, then read by the same
/// <see cref="FileSource"/> as `caravan analyze` (text, HTML, .html.gz, JSON lines, WARC). Stored
/// documents name their origin "upload/&lt;name&gt;", never the temporary path. Deleted on dispose.
/// </summary>
internal sealed class UploadFolder : IDisposable
{
    public const string Origin = "upload/";

    private readonly string _folder;

    private UploadFolder(string folder, ImmutableArray<string> names)
    {
        _folder = folder;
        Names = names;
    }

    /// <summary>The saved files' names, in upload order.</summary>
    public ImmutableArray<string> Names { get; }

    public static async Task<UploadFolder> SaveAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-upload-").FullName;
        var names = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var name = Unique(SafeName(file.FileName), names);
                var stream = File.Create(Path.Combine(folder, name));
                await using (stream.ConfigureAwait(false))
                {
                    await file.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                }

                names.Add(name);
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        return new UploadFolder(folder, [.. names]);
    }

    /// <summary>The documents and problems of the files, in upload order.</summary>
    public IEnumerable<IngestItem> Read() =>
        new FileSource().Read(Names.Select(n => Path.Combine(_folder, n))).Select(item => item switch
        {
            IngestedDocument d when d.Document.Source.Path is { } path =>
                new IngestedDocument(d.Document with { Source = d.Document.Source with { Path = Origin + Path.GetRelativePath(_folder, path) } }),
            InputProblem p => p with { Input = p.Input.Replace(_folder + Path.DirectorySeparatorChar, Origin, StringComparison.Ordinal) },
            _ => item,
        });

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The file name without any folder, reduced to letters, digits, '.', '-' and '_' (the extension picks the reader).</summary>
    internal static string SafeName(string? uploaded)
    {
        var name = Path.GetFileName((uploaded ?? "").Replace('\\', '/'));
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var result = safe.ToString().TrimStart('.');
        // Long names keep their end: the extension picks the reader.
        return result.Length == 0 ? "upload.txt" : result.Length > 120 ? result[^120..] : result;
    }

    private static string Unique(string name, List<string> taken)
    {
        var candidate = name;
        for (var n = 2; taken.Contains(candidate, StringComparer.Ordinal); n++)
        {
            candidate = FormattableString.Invariant($"{n}-{name}");
        }

        return candidate;
    }
}
