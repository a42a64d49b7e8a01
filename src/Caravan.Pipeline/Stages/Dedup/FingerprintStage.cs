namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Computes <see cref="Article.Fingerprint"/>: MinHash over word shingles (near-duplicates),
/// sentence sketches (partial copies and translations of one source) and weighted language-independent
/// terms (story clustering). Uses the article's mentions' actor ids when present.
/// Invariants: pure and thread-safe; leaves text and spans untouched.
/// </summary>
public sealed class FingerprintStage : IArticleStage
{
    private readonly TermExtractor _extractor;
    private readonly MinHasher _minHasher;
    private readonly PassageSketcher _sketcher;

    public FingerprintStage(Lexicon lexicon, FingerprintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Options = options ?? new FingerprintOptions();
        _extractor = new TermExtractor(lexicon, Options);
        _minHasher = new MinHasher(Options.MinHashSize);
        _sketcher = new PassageSketcher(Options.MinPassageTerms, Options.PassageBands);
    }

    public FingerprintOptions Options { get; }

    public StageInfo Info { get; } = new("fingerprint", 2, ArticleFeatures.Text, ArticleFeatures.Fingerprint);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var signals = _extractor.Extract(article);
        var shingles = signals.Shingles.AsSpan();
        var sentences = _sketcher.Select(signals.Sentences);
        var fingerprint = new Fingerprint(_minHasher.Signature(shingles), signals.Terms)
        {
            Passages = _sketcher.Sketch(sentences),
            Sentences = sentences,
        };
        return article with { Fingerprint = fingerprint };
    }
}
