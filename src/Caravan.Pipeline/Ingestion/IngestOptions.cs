namespace Caravan.Pipeline.Ingestion;

/// <summary>Limits on inputs (hostile input: huge files, zip bombs).</summary>
public sealed record IngestOptions
{
    /// <summary>Largest file (after gunzip) accepted, in bytes. Default 50 MB.</summary>
    public long MaxDocumentBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest JSON line accepted, in characters.</summary>
    public int MaxJsonLineChars { get; init; } = 20 * 1024 * 1024;

    public static IngestOptions Default { get; } = new();
}
