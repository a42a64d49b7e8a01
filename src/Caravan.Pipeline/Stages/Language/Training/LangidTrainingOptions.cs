namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>Settings of <see cref="LangidTrainer"/>; the defaults produce the shipped model.</summary>
/// <param name="Bits">log2 of the number of hashed feature buckets.</param>
/// <param name="MaxFeaturesPerLanguage">Only a language's most frequent buckets are kept (model size).</param>
/// <param name="MinCount">Buckets seen fewer times in a language are dropped for it (size; 1 keeps a small
/// corpus's once-seen words, which measured better than dropping them).</param>
/// <param name="Alpha">Additive smoothing of the naive Bayes estimates.</param>
/// <param name="UnseenShrink">0: each language's own unseen-feature probability; 1: that of the median-sized corpus.</param>
/// <param name="ScriptShare">A script counts as one a language is written in above this share of its letters.</param>
/// <param name="RequiredScriptShare">A script above this share is one the language's texts almost always show (Japanese kana).</param>
/// <param name="Threads">Languages trained in parallel.</param>
public sealed record LangidTrainingOptions(
    int Bits = 20,
    int MaxFeaturesPerLanguage = 125_000,
    int MinCount = 1,
    double Alpha = 0.25,
    double UnseenShrink = 0.5,
    double ScriptShare = 0.05,
    double RequiredScriptShare = 0.3,
    int Threads = 1);
