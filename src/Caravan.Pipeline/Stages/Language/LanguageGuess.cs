namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// The identifier's answer for one text: the best language (ISO 639-1, else 639-3, or "und"), its
/// calibrated probability, and the most likely candidates, best first (probabilities sum to at most 1).
/// </summary>
public sealed record LanguageGuess(string Language, double Score, ImmutableArray<LanguageCandidate> Candidates)
{
    /// <summary>The answer for text with no letters.</summary>
    public static LanguageGuess Undetermined { get; } = new(LanguageCodes.Undetermined, 0, []);
}

/// <summary>One candidate language and its probability.</summary>
public readonly record struct LanguageCandidate(string Language, double Probability);
