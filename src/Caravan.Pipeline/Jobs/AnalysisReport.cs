namespace Caravan.Pipeline.Jobs;

/// <summary>What an analysis run did, and the corpus it left in the store.</summary>
public sealed record AnalysisReport(
    int Ingested,
    int AlreadyStored,
    int DuplicateInputs,
    int Problems,
    int Failures,
    TimeSpan Elapsed,
    CorpusResult Corpus)
{
    /// <summary>Time by step: each pipeline stage (per-article stages in thread time), store writes, aggregation, index.</summary>
    public ImmutableArray<StageTime> Timings { get; init; } = [];
}

/// <summary>Progress of a run: documents handled so far.</summary>
public readonly record struct AnalysisProgress(int Processed, int Skipped);
