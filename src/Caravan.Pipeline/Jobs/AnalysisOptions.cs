namespace Caravan.Pipeline.Jobs;

/// <summary>Options of an analysis run.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Articles processed and committed together; a crash loses at most one uncommitted batch.</summary>
    public int BatchSize { get; init; } = 64;

    public Ingestion.IngestOptions Ingest { get; init; } = Ingestion.IngestOptions.Default;
}
