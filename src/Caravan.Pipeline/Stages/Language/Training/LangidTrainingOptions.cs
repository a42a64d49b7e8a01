namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>Settings of <see cref="LangidTrainer"/>; the defaults produce the shipped model.</summary>
/// <param name="Bits">log2 of the number of hashed feature buckets. 22: a 2^20 table held 11.6 million (bucket, language)
/// entries, 11 per bucket, so a feature often scored another language's unrelated n-gram or word, which a one-word text
/// weighs at word weight (Lingua dev, docs/benchmarks/langid.md: 2^21 gave word pairs +0.3 and single words +0.6 in session 7,
/// 2^22 single words +0.3 more in session 8); the row table stores 4 bits per bucket (<see cref="LangidModel"/>), so the
/// doubled table costs no more than 2^21 did with a byte per bucket.</param>
/// <param name="MaxFeaturesPerLanguage">Only a language's most frequent buckets are kept (model size).</param>
/// <param name="MinCount">Buckets seen fewer times in a language are dropped for it (size; 1 keeps a small
/// corpus's once-seen words, which measured better than dropping them).</param>
/// <param name="Alpha">Additive smoothing of the naive Bayes estimates (per bucket: halved with each doubling of the table,
/// so that the smoothing mass, Alpha x buckets, stays what it was tuned to).</param>
/// <param name="UnseenShrink">0: each language's own unseen-feature probability; 1: that of the median-sized corpus.</param>
/// <param name="ScriptShare">A script counts as one a language is written in above this share of its letters.</param>
/// <param name="RequiredScriptShare">A script above this share is one the language's texts almost always show (Japanese kana).</param>
/// <param name="TextWeight">How many times a feature of running text (a corpus sentence) counts; a frequency-list
/// word's n-grams count once and its whole word <see cref="ListWordWeight"/> x (1 + log10 of its count). The lists are
/// vocabularies (50,000 word types): counted by frequency their n-grams outweighed the corpora and gave the 62 languages
/// with a list n-gram statistics unlike running text and unlike those of the languages without one (Lingua dev,
/// docs/benchmarks/langid.md session 6: 96.63 / 89.57 / 75.37 -> 96.78 / 89.82 / 75.56).</param>
/// <param name="ListWordWeight">Multiplies a frequency-list word's whole-word count (see <see cref="TextWeight"/>).</param>
/// <param name="Threads">Languages trained in parallel.</param>
public sealed record LangidTrainingOptions(
    int Bits = 22,
    int MaxFeaturesPerLanguage = 118_000,
    int MinCount = 1,
    double Alpha = 0.0625,
    double UnseenShrink = 0.5,
    double ScriptShare = 0.05,
    double RequiredScriptShare = 0.3,
    int TextWeight = 2,
    int ListWordWeight = 2,
    int Threads = 1);
