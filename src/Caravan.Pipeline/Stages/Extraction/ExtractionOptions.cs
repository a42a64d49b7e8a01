namespace Caravan.Pipeline.Stages.Extraction;

/// <summary>
/// Limits and thresholds of the extraction stage. Limits protect against hostile input (huge pages,
/// deep nesting, slow pages); thresholds were tuned on the public dev sets named in
/// docs/benchmarks/extraction.md.
/// </summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Bytes of a page that are read; the rest is cut (a news page is rarely over 2 MB).</summary>
    public int MaxInputBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Nesting below this depth adds no new boxes; its text flows into the deepest one.</summary>
    public int MaxDomDepth { get; init; } = 400;

    /// <summary>Explicitly closed elements nested deeper than this are flattened before parsing (see NestingLimiter).</summary>
    public int MaxParseDepth { get; init; } = 1000;

    /// <summary>
    /// Wall time allowed for one page; past it the page fails with CARAVAN0010. A safety net behind the byte and
    /// depth limits (pages take well under 1 s), generous so that a loaded machine does not drop pages.
    /// </summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// CPU time (of the extracting thread) allowed for one page; past it the page fails with CARAVAN0010. The bound
    /// that holds by construction: every pass over the page, the parser included, stops when it is spent, whatever
    /// shape of markup the nesting limiter misjudges. The slowest of the dev-set pages takes under 1 s; the fuzz
    /// budget allows 10 s per input.
    /// </summary>
    public TimeSpan MaxCpuTime { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>A single text block longer than this is not prose (inline data, base64).</summary>
    public int MaxBlockChars { get; init; } = 200_000;

    /// <summary>Blocks with more link text than this share are navigation.</summary>
    public double MaxLinkDensity { get; init; } = 0.5;

    /// <summary>A prose block has at most this share of link text.</summary>
    public double MaxGoodLinkDensity { get; init; } = 0.3;

    /// <summary>A block of at least this many characters (and few links) is prose.</summary>
    public int MinGoodBlockChars { get; init; } = 80;

    /// <summary>A boilerplate-marked element holding more than this share of the prose is the article after all.</summary>
    public double MarkOverrideShare { get; init; } = 0.5;

    /// <summary>Weight of elements whose class says "article body" (entry-content, itemprop=articleBody).</summary>
    public double ArticleHintBoost { get; init; } = 1.1;

    /// <summary>JSON-LD articleBody replaces the DOM text when the DOM text has less than this share of its words.</summary>
    public double JsonLdBodyShare { get; init; } = 0.6;

    /// <summary>Largest JSON-LD script parsed.</summary>
    public int MaxJsonLdChars { get; init; } = 2_000_000;

    /// <summary>Blocks before the article searched for a visible date line.</summary>
    public int DateSearchBlocksBefore { get; init; } = 25;

    /// <summary>Blocks from the article's start, and after its end, searched for a visible date line.</summary>
    public int DateSearchBlocksAfter { get; init; } = 8;

    /// <summary>Longest line read as a date line.</summary>
    public int MaxDateLineChars { get; init; } = 100;
}
