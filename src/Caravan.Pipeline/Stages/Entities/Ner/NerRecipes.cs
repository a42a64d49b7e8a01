namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The training settings each shipped model was built with, so that `caravan train ner` (without
/// --epochs or --bits) rebuilds exactly what ships in models/ner. By default a model is a structured
/// perceptron decoded with first-order Viterbi over BILOU tags; the overrides below say where a
/// model differs (decoder, epochs). A change here is a change of the shipped models: retrain, re-score
/// (docs/benchmarks/ner.md) and re-run the floors before committing the new files.
/// </summary>
public static class NerRecipes
{
    private static readonly Dictionary<string, NerTrainingOptions> Overrides = new(StringComparer.Ordinal)
    {
        // RONEC 5-fold CV: greedy 69.07; structured 68.38 (10 epochs), 68.67 (20 epochs). With the session-9 titles
        // (articulated forms): greedy 68.35, + TitleWords 69.46, structured + TitleWords 68.53 (docs/benchmarks/ner.md).
        ["ro"] = new(Decoder: NerDecoder.Greedy, Features: NerFeatureSet.TitleWords),
        // German compound heads, long suffixes, genitive names: CoNLL de dev 75.07 -> 76.21, GermEval CV 66.50 -> 67.48 (docs/benchmarks/ner.md, session 8).
        ["de"] = new(Features: NerFeatureSet.CompoundHeads | NerFeatureSet.NameInflections),
    };

    /// <summary>The settings of a model (<see cref="NerCorpora.Models"/>); the defaults where none are listed.</summary>
    public static NerTrainingOptions For(string model) =>
        Overrides.TryGetValue(model, out var options) ? options : new NerTrainingOptions();
}
