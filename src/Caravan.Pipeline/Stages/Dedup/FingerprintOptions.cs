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

    /// <summary>Weight of a number (digits only, so 7.644 and 7,644 meet).</summary>
    public float NumberWeight { get; init; } = 1f;

    /// <summary>Weight of a corpus actor id from entity linking, the strongest cross-language signal.</summary>
    public float ActorWeight { get; init; } = 2f;

    /// <summary>Weight of a raw character bigram in unspaced scripts (Han, kana).</summary>
    public float BigramWeight { get; init; } = 0.5f;

    /// <summary>Weight multiplier for terms of the title and the lead (inverted pyramid: the event comes first).</summary>
    public float LeadBoost { get; init; } = 1.5f;

    /// <summary>Characters of text that count as the lead.</summary>
    public int LeadLength { get; init; } = 600;

    /// <summary>A sentence needs this many distinct content terms to be sketched.</summary>
    public int MinPassageTerms { get; init; } = 5;

    /// <summary>Sketches per sentence (bands of two MinHash rows each).</summary>
    public int PassageBands { get; init; } = 6;
}
