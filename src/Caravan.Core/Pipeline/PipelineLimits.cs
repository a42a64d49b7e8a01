namespace Caravan.Core.Pipeline;

/// <summary>
/// Per-document resource limits every pipeline enforces (issue #8, hostile input). A document over a limit
/// fails with CARAVAN0010 naming the limit; the job reports it on one line and the other documents go on.
/// </summary>
public sealed record PipelineLimits
{
    public static PipelineLimits Default { get; } = new();

    /// <summary>
    /// Longest article text, in characters, that the stages after extraction accept. A news article is rarely over
    /// 50,000; the default leaves ten times that. The stages cost up to about 6 µs of CPU per character on hostile
    /// text where every character is a token (entity tagging most; docs/benchmarks/hardening.md), so the default
    /// keeps one document within a few seconds; a 1 MB run of "&lt;div&gt;" took 11 s.
    /// </summary>
    public int MaxTextChars { get; init; } = 500_000;

    /// <summary>
    /// Time one stage may spend on one article. The stage's cancellation token fires at the budget, and a stage
    /// that returns later is failed all the same. A 500,000-character article takes a few seconds per stage on
    /// one loaded core; the default is an order of magnitude above that.
    /// </summary>
    public TimeSpan StageTimeBudget { get; init; } = TimeSpan.FromSeconds(60);
}
