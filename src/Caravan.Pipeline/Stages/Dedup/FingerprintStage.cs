namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Computes <see cref="Article.Fingerprint"/>: MinHash over word shingles (near-duplicates),
/// sentence sketches (partial copies and translations of one source) and weighted language-independent
/// terms (story clustering). Uses the article's mentions' actor ids when present.
/// Invariants: pure and thread-safe; leaves text and spans untouched; <see cref="Recompute"/> of a stored article
/// gives the fingerprint <see cref="Process"/> gave it.
/// </summary>
public sealed class FingerprintStage : IRecomputableStage
{
    private readonly TermExtractor _extractor;
    private readonly MinHasher _minHasher;
    private readonly PassageSketcher _sketcher;

    /// <summary>A stage over the lexicon; <paramref name="places"/> defaults to the gazetteer's (<see cref="PlaceNames.Default"/>).</summary>
    public FingerprintStage(Lexicon lexicon, FingerprintOptions? options = null, PlaceNames? places = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Options = options ?? new FingerprintOptions();
        _extractor = new TermExtractor(lexicon, places ?? PlaceNames.Default, Options);
        _minHasher = new MinHasher(Options.MinHashSize);
        _sketcher = new PassageSketcher(Options.MinPassageTerms, Options.PassageBands);
    }

    public FingerprintOptions Options { get; }

    public StageInfo Info { get; } = new("fingerprint", 3, ArticleFeatures.Text, ArticleFeatures.Fingerprint);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article with { Fingerprint = Compute(article, withActors: true) };
    }

    /// <summary>
    /// The stores keep no fingerprint (about 570 bytes of random hashes per article, issue #8). A processed article's
    /// mentions carry the actor ids that actor linking, a corpus stage, added after this stage ran; per-article stages
    /// all run before corpus stages, so this stage never saw them, and they are left out here.
    /// </summary>
    public Article Recompute(Article stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Fingerprint is not null ? stored : stored with { Fingerprint = Compute(stored, withActors: false) };
    }

    private Fingerprint Compute(Article article, bool withActors)
    {
        var signals = _extractor.Extract(article, withActors);
        var shingles = signals.Shingles.AsSpan();
        var sentences = _sketcher.Select(signals.Sentences);
        var fingerprint = new Fingerprint(_minHasher.Signature(shingles), signals.Terms)
        {
            Passages = _sketcher.Sketch(sentences),
            Sentences = sentences,
        };
        return fingerprint;
    }
}
