namespace Caravan.Pipeline.Ingestion;

/// <summary>Document ids for files: the file name without its known extensions (CONTRACTS.md).</summary>
public static class DocumentIds
{
    private static readonly string[] Extensions = [".gz", ".html", ".htm", ".txt", ".jsonl", ".xhtml"];

    public static string FromPath(string path)
    {
        var name = Path.GetFileName(path);
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var extension in Extensions)
            {
                if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^extension.Length];
                    stripped = true;
                }
            }
        }

        return name;
    }

    /// <summary>The input format implied by a file name, or null for files that are not articles.</summary>
    public static SourceKind? KindOf(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".TXT" => SourceKind.PlainText,
            ".HTML" or ".HTM" or ".XHTML" => SourceKind.Html,
            ".JSONL" => SourceKind.JsonLines,
            _ => null,
        };
    }
}
