namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>Settings of the fingerprint stage (defaults tuned on the clustering dev sets, one set for all).</summary>
public sealed record FingerprintOptions
{
    /// <summary>Number of MinHash values over word shingles (64 gives a Jaccard estimate within ~0.06).</summary>
    public int MinHashSize { get; init; } = 64;

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>The strongest terms kept per article.</summary>
    public int MaxTerms { get; init; } = 300;

    /// <summary>Weight of a stemmed word or its pivot translation.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>Extra weight of a capitalised word inside a sentence (a name candidate), by its consonant skeleton.</summary>
    public float NameWeight { get; init; } = 1f;

    /// <summary>Weight of a place name (country, capital, world region), one term in every language (see <see cref="PlaceNames"/>).</summary>
    public float PlaceWeight { get; init; } = 1f;

    /// <summary>
    /// Weight of a number (digits only, so 7.644 and 7,644 meet). Numbers survive translation
    /// unchanged and tell one report from another on the same topic: 2 lifted WMT 2021-2023 (ja, zh)
    /// by ~0.03 pairwise F1 at a cost of 0.004 on BASIL and ECB+.
    /// </summary>
    public float NumberWeight { get; init; } = 2f;

    /// <summary>Weight of a corpus actor id from entity linking, the strongest cross-language signal.</summary>
    public float ActorWeight { get; init; } = 2f;

    /// <summary>
    /// Weight of a raw character bigram in unspaced scripts (Han, kana). Kept low: a Japanese or
    /// Chinese article has hundreds of them, rare in the stream (high idf) and never shared with another
    /// language, so at 0.5 they filled its vector and buried the pivots, numbers and names that meet
    /// its translations (WMT 2021-2023 0.70 -> 0.73 at 0.2).
    /// </summary>
    public float BigramWeight { get; init; } = 0.1f;

    /// <summary>Weight multiplier for terms of the title and the lead (inverted pyramid: the event comes first).</summary>
    public float LeadBoost { get; init; } = 1.5f;

    /// <summary>Characters of text that count as the lead.</summary>
    public int LeadLength { get; init; } = 600;

    /// <summary>A sentence needs this many distinct content terms to be sketched.</summary>
    public int MinPassageTerms { get; init; } = 5;

    /// <summary>Sketches per sentence (bands of two MinHash rows each).</summary>
    public int PassageBands { get; init; } = 6;
}
