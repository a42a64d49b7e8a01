namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>Settings of the deduplication stage.</summary>
public sealed record DeduplicationOptions
{
    /// <summary>LSH bands over the MinHash signature (16 bands of 4 rows: pairs above Jaccard ~0.5 meet).</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Estimated shingle Jaccard from which a text is a copy (light rewrites stay above it).</summary>
    public double NearDuplicateThreshold { get; init; } = 0.5;

    /// <summary>Paraphrased sentences two articles must share to be partial copies of one source (rewrites).</summary>
    public int MinSharedPassages { get; init; } = 4;

    /// <summary>...and the share of the smaller article's sketched sentences they must make up.</summary>
    public double MinPassageShare { get; init; } = 0.15;

    /// <summary>
    /// Term Jaccard from which two sentences are paraphrases of one another (rewrites and translations
    /// of one wire sentence measured 0.2-0.4; 0.19 with <see cref="MinSentenceTerms"/> 5 and four
    /// sentences links no two BASIL stories and 6 of 2,957 ECB+ cross-event pairs).
    /// </summary>
    public double MinSentenceJaccard { get; init; } = 0.19;

    /// <summary>Terms two paraphrased sentences must share.</summary>
    public int MinSentenceTerms { get; init; } = 5;

    /// <summary>
    /// Jaccard from which an aligned sentence is repeated near word for word; such sentences count on
    /// their own when they make up <see cref="MinPassageShare"/> of the smaller article (a short report
    /// built around one agency paragraph or statement).
    /// </summary>
    public double VerbatimJaccard { get; init; } = 0.5;

    /// <summary>Terms a near word-for-word sentence must share.</summary>
    public int VerbatimTerms { get; init; } = 8;

    /// <summary>Candidates nominated by shared sentence sketches that are aligned sentence by sentence.</summary>
    public int PassageCandidates { get; init; } = 8;

    /// <summary>Recent articles whose sentences are kept for alignment (copies of a wire story come close together).</summary>
    public int PassageWindow { get; init; } = 10_000;

    /// <summary>How many recent articles stay searchable (older ones are forgotten, which keeps memory bounded).</summary>
    public int Window { get; init; } = 50_000;
}
