namespace Caravan.Pipeline.Stages.Language;

/// <summary>Thresholds of the language identifier and the language stage.</summary>
/// <param name="MaxChars">Only the first characters of a text are read (a paragraph's opening is enough evidence).</param>
/// <param name="Temperature">Softmax temperature per square root of the feature count; naive Bayes sums
/// correlated n-gram evidence and is over-confident without it (tuned on the Lingua dev data so that confidence matches accuracy).</param>
/// <param name="LongTextChars">Texts longer than this are scored without their shortest n-grams.</param>
/// <param name="ShortTextMinOrder">The shortest n-gram scored in a short text.</param>
/// <param name="LongTextMinOrder">The shortest n-gram scored in a long text (speed; see LongTextChars).</param>
/// <param name="WordWeight">How many n-grams a whole known word counts for (words carry most of the evidence in short text).</param>
/// <param name="PriorScale">Multiplies the model's per-language log priors (core vs secondary languages), which act
/// in calibrated nats (scaled by the softmax temperature). 1: a secondary language is taken to be e times rarer than a
/// core one (on held-out SIB-200 test sentences each 0.25 more gives the core languages +0.2 points on word pairs and
/// single words and costs the secondary ones 0.6-1.0: a product choice, docs/benchmarks/langid.md).</param>
/// <param name="LatinScriptWeight">What a Latin letter counts for when the text's main script is chosen
/// (Latin words are common inside texts of other scripts, rarely the reverse).</param>
/// <param name="UndeterminedBelow">Answer "und" when the best probability is below this.</param>
/// <param name="MaxCandidates">How many candidates a guess lists.</param>
/// <param name="MinCandidateProbability">Candidates less likely than this are not listed.</param>
/// <param name="ParagraphMinConfidence">A paragraph guessed with less confidence takes the article's language
/// when that is one of its candidates (a byline or "Foto: dpa" is too short to stand on its own; on the Lingua dev
/// data 93% of sentences score >= 0.9, while single words scoring 0.6-0.8 are right only 59-71% of the time).</param>
/// <param name="TitleWeight">Weight of the title against the letters of the body when voting the article's language.</param>
/// <param name="DocumentChars">Characters of an article's paragraphs read by <see cref="DocumentLanguageStage"/> (its
/// opening paragraphs settle the vote; reading them all cost `extract` a third of its time).</param>
public sealed record LanguageIdOptions(
    int MaxChars = 1024,
    double Temperature = 1.5,
    int LongTextChars = 50,
    int ShortTextMinOrder = 3,
    int LongTextMinOrder = 4,
    int WordWeight = 4,
    double PriorScale = 1.0,
    double LatinScriptWeight = 0.5,
    double UndeterminedBelow = 0.0,
    int MaxCandidates = 3,
    double MinCandidateProbability = 0.01,
    double ParagraphMinConfidence = 0.8,
    double TitleWeight = 0.5,
    int DocumentChars = 4096)
{
    public static LanguageIdOptions Default { get; } = new();
}
