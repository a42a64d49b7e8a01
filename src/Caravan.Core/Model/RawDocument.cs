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

/// <summary>
/// Metadata supplied by the container (e.g. JSONL "title", "date", "lang"), trusted over extraction.
/// <c>Charset</c> is the encoding an HTTP response declared (WARC, feeds): a hint for decoding HTML
/// whose page declares none.
/// </summary>
public sealed record DocumentHints(string? Title = null, DateTimeOffset? Published = null, string? Language = null, string? Charset = null)
{
    public static DocumentHints None { get; } = new();
}
