namespace Caravan.Core.Model;

/// <summary>Where a raw document came from, as received.</summary>
/// <param name="Path">The file path as given on the command line, or null for non-file sources.</param>
/// <param name="Url">The document's URL if known (JSONL "url", feed link, WARC target URI).</param>
/// <param name="Kind">The input format.</param>
public sealed record SourceInfo(string? Path, string? Url, SourceKind Kind);

public enum SourceKind
{
    PlainText,
    Html,
    JsonLines,
}
