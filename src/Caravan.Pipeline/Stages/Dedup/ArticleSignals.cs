namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>What <see cref="TermExtractor"/> finds in one article.</summary>
/// <param name="Terms">Weighted terms in order of first occurrence.</param>
/// <param name="Shingles">Hashes of the word shingles, in text order.</param>
/// <param name="Sentences">Per sentence, the hashes of its distinct content terms.</param>
internal sealed record ArticleSignals(
    ImmutableArray<WeightedTerm> Terms,
    ImmutableArray<ulong> Shingles,
    ImmutableArray<ImmutableArray<ulong>> Sentences);
