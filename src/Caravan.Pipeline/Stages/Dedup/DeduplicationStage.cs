namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Links each article to the earliest earlier article it copies (<see cref="Article.DuplicateOf"/>):
/// whole-text near-duplicates through LSH banding of the shingle MinHash, and partial copies,
/// rewrites and translations of one wire story through shared sentence sketches, confirmed sentence
/// by sentence (<see cref="SentenceAligner"/>). Copies of a copy point to the first one, so each
/// lineage has one root.
/// </summary>
public sealed class DeduplicationStage : ICorpusStage
{
    public DeduplicationStage(DeduplicationOptions? options = null)
    {
        Options = options ?? new DeduplicationOptions();
    }

    public DeduplicationOptions Options { get; }

    public StageInfo Info { get; } = new("dedup", 2, ArticleFeatures.Fingerprint, ArticleFeatures.Duplicates);

    public ICorpusSession Open() => new DeduplicationSession(Options);
}
