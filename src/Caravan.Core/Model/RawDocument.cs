namespace Caravan.Core.Model;

/// <summary>
/// Bytes as received plus their origin. Stored unchanged so every later stage can be re-run.
/// Hints come from containers that carry metadata next to the body (JSON lines fields).
/// </summary>
public sealed record RawDocument(
    string Id,
    SourceInfo Source,
    ReadOnlyMemory<byte> Bytes,
    string ContentHash,
    DocumentHints Hints);

/// <summary>Metadata supplied by the container (e.g. JSONL "title", "date", "lang"), trusted over extraction.</summary>
public sealed record DocumentHints(string? Title = null, DateTimeOffset? Published = null, string? Language = null)
{
    public static DocumentHints None { get; } = new();
}
