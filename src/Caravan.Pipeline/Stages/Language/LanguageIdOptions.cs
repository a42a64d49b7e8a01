namespace Caravan.Pipeline.Stages.Language;

/// <summary>Thresholds of the language identifier and the language stage.</summary>
/// <param name="MaxChars">Only the first characters of a text are read (a paragraph's opening is enough evidence).</param>
/// <param name="Temperature">Softmax temperature per square root of the feature count; naive Bayes sums
/// correlated n-gram evidence and is over-confident without it (tuned on the Lingua dev data).</param>
/// <param name="LongTextChars">Texts longer than this are scored without their shortest n-grams.</param>
/// <param name="LongTextMinOrder">The shortest n-gram scored in a long text (speed; see LongTextChars).</param>
/// <param name="UndeterminedBelow">Answer "und" when the best probability is below this.</param>
/// <param name="MaxCandidates">How many candidates a guess lists.</param>
/// <param name="MinCandidateProbability">Candidates less likely than this are not listed.</param>
/// <param name="ParagraphMinConfidence">A paragraph guessed with less confidence takes the article's language
/// when that is one of its candidates (a byline or "Foto: dpa" is too short to stand on its own).</param>
/// <param name="TitleWeight">Weight of the title against the letters of the body when voting the article's language.</param>
public sealed record LanguageIdOptions(
    int MaxChars = 1024,
    double Temperature = 0.5,
    int LongTextChars = 50,
    int LongTextMinOrder = 4,
    double UndeterminedBelow = 0.0,
    int MaxCandidates = 3,
    double MinCandidateProbability = 0.01,
    double ParagraphMinConfidence = 0.6,
    double TitleWeight = 0.5)
{
    public static LanguageIdOptions Default { get; } = new();
}
