namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// The vote for an article's language: each guess adds its candidates' probabilities times a weight
/// (the letters it read), so long paragraphs outweigh bylines and a quoted paragraph in another
/// language does not flip the article.
/// </summary>
internal sealed class LanguageVotes
{
    private readonly Dictionary<string, double> _votes = new(StringComparer.Ordinal);

    public void Add(LanguageGuess guess, double weight)
    {
        foreach (var candidate in guess.Candidates)
        {
            _votes[candidate.Language] = _votes.GetValueOrDefault(candidate.Language) + (weight * candidate.Probability);
        }
    }

    /// <summary>The language with the most votes (ties: the first code in ordinal order), or "und" when none was cast.</summary>
    public string Winner()
    {
        var best = LanguageCodes.Undetermined;
        var bestVote = 0.0;
        foreach (var (language, vote) in _votes)
        {
            if (vote > bestVote || (vote == bestVote && vote > 0 && string.CompareOrdinal(language, best) < 0))
            {
                best = language;
                bestVote = vote;
            }
        }

        return best;
    }
}
