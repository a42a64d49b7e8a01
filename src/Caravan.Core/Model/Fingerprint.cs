namespace Caravan.Core.Model;

/// <summary>
/// Compact signatures of an article's text for near-duplicate detection (MinHash over word shingles)
/// and for story clustering (a sparse weighted term vector of language-independent features).
/// </summary>
public sealed record Fingerprint(ImmutableArray<ulong> MinHash, ImmutableArray<WeightedTerm> Terms)
{
    /// <summary>
    /// Sketches of single sentences (MinHash bands over each sentence's language-independent terms),
    /// sorted: two articles that share several are partial copies of one source (a wire story
    /// rewritten or translated), even when their whole-text MinHash differs.
    /// </summary>
    public ImmutableArray<ulong> Passages { get; init; } = [];

    /// <summary>
    /// The sketched sentences themselves, in text order: per sentence the sorted 32-bit hashes of its
    /// distinct language-independent terms. Shared sketches only nominate a source; these confirm it
    /// sentence by sentence.
    /// </summary>
    public ImmutableArray<ImmutableArray<uint>> Sentences { get; init; } = [];
}

/// <summary>A feature (stemmed word, actor key, number, date) and its weight.</summary>
public readonly record struct WeightedTerm(string Term, float Weight);
