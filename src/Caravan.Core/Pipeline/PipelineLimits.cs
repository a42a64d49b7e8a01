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
    /// 50,000; the default leaves room for transcripts and a million-character line, not for a 50 MB text dump.
    /// </summary>
    public int MaxTextChars { get; init; } = 2_000_000;

    /// <summary>
    /// Time one stage may spend on one article. The stage's cancellation token fires at the budget, and a stage
    /// that returns later is failed all the same. A 2,000,000-character article takes a few seconds per stage on
    /// one loaded core; the default is an order of magnitude above that.
    /// </summary>
    public TimeSpan StageTimeBudget { get; init; } = TimeSpan.FromSeconds(60);
}
