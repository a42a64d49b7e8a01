namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>Settings of the deduplication stage.</summary>
public sealed record DeduplicationOptions
{
    /// <summary>LSH bands over the MinHash signature (16 bands of 4 rows: pairs above Jaccard ~0.5 meet).</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Estimated shingle Jaccard from which a text is a copy (light rewrites stay above it).</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    /// <summary>Sentence sketches two articles must share to be partial copies of one source.</summary>
    public int MinSharedPassages { get; init; } = 3;

    /// <summary>...and the share of the smaller article's sketches they must make up.</summary>
    public double MinPassageShare { get; init; } = 0.15;

    /// <summary>How many recent articles stay searchable (older ones are forgotten, which keeps memory bounded).</summary>
    public int Window { get; init; } = 50_000;
}
