namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>Thresholds of the quotation finder.</summary>
public sealed record QuoteOptions
{
    public static QuoteOptions Default { get; } = new();

    /// <summary>
    /// Most quotations one document may hold; past it the document fails with CARAVAN0010 (a page of quote
    /// marks, not news: the longest gold article has 12).
    /// </summary>
    public int MaxQuotes { get; init; } = 2_000;

    /// <summary>A quoted fragment with a reporting verb needs this many words; shorter ones are scare quotes.</summary>
    public int MinAttributedWords { get; init; } = 4;

    /// <summary>A full quoted sentence right before its reporting verb may be this short ("“We are ready,” he said").</summary>
    public int MinSentenceWords { get; init; } = 2;

    /// <summary>A quoted sentence with no reporting verb in reach needs this many words.</summary>
    public int MinUnattributedWords { get; init; } = 5;

    /// <summary>Reported (indirect) content needs this many words.</summary>
    public int MinIndirectWords { get; init; } = 3;

    /// <summary>The reporting verb after a quote must come within this many tokens of the closing mark.</summary>
    public int MaxVerbDistanceAfter { get; init; } = 6;

    /// <summary>Reported content must start within this many tokens after the verb (", dass", ": …").</summary>
    public int MaxContentDistance { get; init; } = 8;

    /// <summary>A complementizer ("that", "că") opens reported content only this close to the verb ("told reporters on Monday that").</summary>
    public int MaxComplementizerDistance { get; init; } = 3;
}
