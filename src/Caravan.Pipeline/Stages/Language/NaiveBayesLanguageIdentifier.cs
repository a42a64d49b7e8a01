using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// Identifies languages with a <see cref="LangidModel"/>: the text's dominant script first decides
/// which languages may compete, then hashed character n-grams and words are scored by naive Bayes
/// and turned into calibrated probabilities with a softmax. Thread-safe and allocation-light.
/// </summary>
public sealed class NaiveBayesLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Path of the shipped model under models/.</summary>
    public const string ModelPath = "langid/langid.bin";

    /// <summary>The command that rebuilds the shipped model.</summary>
    public const string RebuildCommand = "caravan train langid --corpus ../shared/data/corpora --out models/langid";

    private const int StackFeatures = 2048;
    private readonly LangidModel _model;
    private readonly LanguageIdOptions _options;

    public NaiveBayesLanguageIdentifier(LangidModel model, LanguageIdOptions? options = null)
    {
        _model = model;
        _options = options ?? LanguageIdOptions.Default;
    }

    public ImmutableArray<string> Languages => _model.Codes;

    /// <summary>The language of <paramref name="text"/> (its first <see cref="LanguageIdOptions.MaxChars"/>
    /// characters); "und" with no candidates when it has no letters or only letters of an untrained script.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > _options.MaxChars)
        {
            text = text[.._options.MaxChars];
        }

        text = TextFeatures.Compose(text);

        var capacity = (TextFeatures.MaxOrder + _options.WordWeight) * (text.Length + 2);
        uint[]? rented = null;
        var features = capacity <= StackFeatures ? stackalloc uint[capacity] : (rented = ArrayPool<uint>.Shared.Rent(capacity));
        try
        {
            Span<int> scripts = stackalloc int[WritingScripts.Count];
            // Naive Bayes may score any subset of the trained features: in a sentence the 1- and 2-grams,
            // which every language of the script shares, add little evidence but most of the work.
            var minOrder = text.Length > _options.LongTextChars ? _options.LongTextMinOrder : _options.ShortTextMinOrder;
            var n = TextFeatures.Extract(text, _model.Bits, features, scripts, minOrder, _options.WordWeight);
            return n == 0 ? LanguageGuess.Undetermined : Score(features[..n], scripts);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    private static int Dominant(ReadOnlySpan<int> scripts)
    {
        var best = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            if (scripts[s] > scripts[best])
            {
                best = s;
            }
        }

        return best;
    }

    private LanguageGuess Score(ReadOnlySpan<uint> features, ReadOnlySpan<int> scripts)
    {
        var count = _model.Languages.Length;
        Span<int> sums = stackalloc int[256];
        Accumulate(features, sums);

        Span<double> scores = stackalloc double[count];
        var bit = 1u << Dominant(scripts);
        var present = 0u;
        var letters = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            present |= scripts[s] > 0 ? 1u << s : 0;
            letters += scripts[s];
        }

        // The longer a text without kana, the less likely it is Japanese: the penalty grows per letter.
        var missingScript = _options.MissingScriptPenalty + (_options.MissingScriptPenaltyPerLetter * letters);

        var best = double.NegativeInfinity;
        for (var l = 0; l < count; l++)
        {
            scores[l] = (_model.ScriptMasks[l] & bit) == 0
                ? double.NegativeInfinity
                : (sums[l] / LangidModel.WeightScale) + (features.Length * _model.Unseen[l]) + (_options.PriorScale * _model.Priors[l])
                  - ((_model.RequiredScripts[l] & ~present) != 0 ? missingScript : 0);
            best = Math.Max(best, scores[l]);
        }

        if (double.IsNegativeInfinity(best))
        {
            // A script no trained language is written in.
            return LanguageGuess.Undetermined;
        }

        return Calibrate(scores, best, features.Length);
    }

    // The hot loop: bounds checks removed (bucket ids are < 2^Bits by construction, language ids < 256).
    private void Accumulate(ReadOnlySpan<uint> features, Span<int> sums)
    {
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_model.Offsets);
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_model.Entries);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        foreach (var f in features)
        {
            var end = Unsafe.Add(ref offsets, (nint)f + 1);
            for (var i = Unsafe.Add(ref offsets, (nint)f); i < end; i++)
            {
                var e = Unsafe.Add(ref entries, (nint)i);
                Unsafe.Add(ref sum, e & 0xFF) += e >> 8;
            }
        }
    }

    private LanguageGuess Calibrate(Span<double> scores, double best, int featureCount)
    {
        var temperature = _options.Temperature * Math.Sqrt(featureCount);
        Span<double> probabilities = stackalloc double[_model.Codes.Length];
        var total = 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            // Below e^-30 of the best a class cannot change any listed probability: skip its exp.
            var z = (scores[l] - best) / temperature;
            if (z > -30)
            {
                var p = Math.Exp(z);
                probabilities[_model.CodeOf[l]] += p;
                total += p;
            }
        }

        var top = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            top = probabilities[c] > probabilities[top] ? c : top;
        }

        var candidates = new List<LanguageCandidate>(_options.MaxCandidates);
        for (var c = 0; c < probabilities.Length; c++)
        {
            var p = probabilities[c] / total;
            if (p >= _options.MinCandidateProbability || c == top)
            {
                candidates.Add(new LanguageCandidate(_model.Codes[c], p));
            }
        }

        candidates.Sort(static (a, b) => b.Probability != a.Probability
            ? b.Probability.CompareTo(a.Probability)
            : string.CompareOrdinal(a.Language, b.Language));
        if (candidates.Count > _options.MaxCandidates)
        {
            candidates.RemoveRange(_options.MaxCandidates, candidates.Count - _options.MaxCandidates);
        }

        var first = candidates[0];
        var language = first.Probability < _options.UndeterminedBelow ? LanguageCodes.Undetermined : first.Language;
        return new LanguageGuess(language, first.Probability, [.. candidates]);
    }
}
