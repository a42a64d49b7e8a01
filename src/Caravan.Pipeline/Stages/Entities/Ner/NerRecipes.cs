namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The training settings each shipped model was built with, so that `caravan train ner` (without
/// --epochs or --bits) rebuilds exactly what ships in models/ner. By default a model is a structured
/// perceptron decoded with first-order Viterbi over BILOU tags, trained for 15 epochs in three document orders
/// (seeds 1-3) whose weights are mixed (<see cref="NerWeightMixing"/>); the overrides below say where a model differs
/// (decoder, trainer, features, and the single 10-epoch run `de`, `ro` and `ru` keep). A change here is a change of the
/// shipped models: retrain, re-score (docs/benchmarks/ner.md) and re-run the floors before committing the new files.
/// </summary>
public static class NerRecipes
{
    // Every model but de, ro and ru: 15 epochs (+0.10 over 10 on the mean of 11 sets, none below -0.10; session 15), the
    // mean of seeds 1-3 (+0.18 over the mean of the single runs on 10 sets, none below -0.10; docs/benchmarks/ner.md, session 16).
    private static readonly NerTrainingOptions Shared = new(Epochs: 15, Mix: 3);

    private static readonly Dictionary<string, NerTrainingOptions> Overrides = new(StringComparer.Ordinal)
    {
        // RONEC 5-fold CV: greedy 69.07; structured 68.38 (10 epochs), 68.67 (20 epochs). With the session-9 titles
        // (articulated forms): greedy 68.35, + TitleWords 69.46, structured + TitleWords 68.53 (docs/benchmarks/ner.md).
        // + Romanian stems (person nouns in every inflection) and parts of known names: 69.46 -> 72.60 (session 10; structured 72.35).
        // Kept at one run of 10 epochs: the mix of seeds 1-3 at 15 epochs scores 72.51 against 72.52 for the mean of its three
        // single runs (mix of 4-6: 72.38), and its file moved a speaker of the quote gold set and failed a NameCuesTests case
        // (session 16).
        ["ro"] = new(Decoder: NerDecoder.Greedy, Features: NerFeatureSet.TitleWords | NerFeatureSet.RomanianStems | NerFeatureSet.NameTokens),
        // German compound heads, long suffixes, genitive names: CoNLL de dev 75.07 -> 76.21, GermEval CV 66.50 -> 67.48 (docs/benchmarks/ner.md, session 8).
        // + text with lost non-ASCII letters read by its skeleton, parts of listed names: CoNLL de dev 76.21 -> 79.32 (session 9).
        // + sports results (a place in a sentence with a score is read as its club): CoNLL de dev 79.32 -> 79.92 (+0.30 on the mean of five paired settings), GermEval CV 69.15 -> 68.99 (session 10).
        // Kept at one run of 10 epochs: the mix of seeds 1-3 at 15 epochs scores CoNLL de dev 79.55 / GermEval CV 69.03 against
        // 79.50 / 68.76 for the mean of its single runs, below the seed-1 file's 79.92, and splits an actor of the sample
        // corpus (actors merged 0.941 -> 0.912, floor 0.93; session 16).
        ["de"] = new(Features: NerFeatureSet.CompoundHeads | NerFeatureSet.NameInflections | NerFeatureSet.LostLetters | NerFeatureSet.NameTokens
            | NerFeatureSet.Results),
        // Title-like text, segment features: WikiANN dev en.wiki 77.99 -> 78.62, de.wiki 83.36 -> 83.56 (ru 84.96 -> 84.92, not taken; docs/benchmarks/ner.md, session 9).
        ["en.wiki"] = Shared with { Features = NerFeatureSet.Segments },
        ["de.wiki"] = Shared with { Features = NerFeatureSet.Segments },
        // Russian case endings of known names: WikiANN ru dev 84.96 -> 85.41 (docs/benchmarks/ner.md, session 9).
        // Kept at one run of 10 epochs: the mix of seeds 1-3 at 15 epochs gains on WikiANN ru dev (85.65 against 85.45 for the
        // mean of its single runs) but loses names on news text (quote gold set: two speakers lost; a NameCuesTests case;
        // session 16).
        ["ru"] = new(Features: NerFeatureSet.NameStems),
        // The CRF (L2 0.1) against the perceptron on KazNERD 5-fold CV: higher in each of five paired seeds, 89.24 -> 89.46 on
        // average (paired differences +0.03 to +0.32, sd 0.13; one run's seed sd 0.1), seed 1 89.34 -> 89.48 (sessions 14, 15);
        // 15 epochs, seeds 1-3 mixed: 89.86 (session 16).
        ["kk"] = Shared with { Trainer = NerTrainer.Crf },
    };

    /// <summary>The settings of a model (<see cref="NerCorpora.Models"/>); the defaults where none are listed.</summary>
    public static NerTrainingOptions For(string model) =>
        Overrides.TryGetValue(model, out var options) ? options : Shared;
}
