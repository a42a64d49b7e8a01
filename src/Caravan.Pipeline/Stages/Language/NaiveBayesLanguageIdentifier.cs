using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// Identifies languages with a <see cref="LangidModel"/>: the text's dominant script first decides
/// which languages may compete, then hashed character n-grams and words are scored by naive Bayes
/// and turned into calibrated probabilities with a softmax. Each distinct feature counts once per text (a name or
/// a word a sentence repeats is no more evidence of its language the second time). Thread-safe and allocation-light; the hot
/// methods are optimised from their first call (a CLI run is over before tiered compilation gets to them).
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > _options.MaxChars)
        {
            text = text[.._options.MaxChars];
        }

        text = TextFeatures.Compose(text);

        var capacity = (TextFeatures.MaxOrder + 1) * (text.Length + 2);
        uint[]? rented = null;
        var features = capacity <= StackFeatures ? stackalloc uint[capacity] : (rented = ArrayPool<uint>.Shared.Rent(capacity));
        try
        {
            Span<int> scripts = stackalloc int[WritingScripts.Count];
            // Naive Bayes may score any subset of the trained features: in a sentence the 1- and 2-grams,
            // which every language of the script shares, add little evidence but most of the work.
            var minOrder = text.Length > _options.LongTextChars ? _options.LongTextMinOrder : _options.ShortTextMinOrder;
            var n = TextFeatures.Extract(text, _model.Bits, features, scripts, minOrder, tagWords: true);
            return n == 0 ? LanguageGuess.Undetermined : Score(features[..TextFeatures.Distinct(features[..n])], scripts);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    // The script with the most letters, Latin letters counting LatinScriptWeight each: Latin words
    // inside a text of another script (brand names, English boilerplate, a URL's words) are common,
    // the reverse is rare, so an Urdu paragraph behind an English page header is still Urdu.
    private int Dominant(ReadOnlySpan<int> scripts)
    {
        var best = 0;
        var bestWeight = 0.0;
        for (var s = 1; s < scripts.Length; s++)
        {
            var weight = s == (int)WritingScript.Latin ? scripts[s] * _options.LatinScriptWeight : scripts[s];
            if (weight > bestWeight)
            {
                best = s;
                bestWeight = weight;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LanguageGuess Score(ReadOnlySpan<uint> features, ReadOnlySpan<int> scripts)
    {
        var count = _model.Languages.Length;
        Span<int> sums = stackalloc int[256];
        var words = Accumulate(features, sums, _options.WordWeight);

        // Naive Bayes counts a whole word WordWeight times, for the unseen floor too.
        var featureCount = features.Length + (words * (_options.WordWeight - 1));

        Span<double> scores = stackalloc double[count];
        var bit = 1u << Dominant(scripts);
        var present = 0u;
        for (var s = 1; s < scripts.Length; s++)
        {
            present |= scripts[s] > 0 ? 1u << s : 0;
        }

        // The priors are log odds of the calibrated probabilities, so they are scaled by the softmax temperature:
        // a raw naive Bayes score difference is worth only 1/temperature nats (added raw, a prior of 4 weighed
        // about 0.5 nats against a single word and let secondary languages take 3% of the dev single words).
        var temperature = _options.Temperature * Math.Sqrt(featureCount);
        var priorScale = _options.PriorScale * temperature;
        var best = double.NegativeInfinity;
        for (var l = 0; l < count; l++)
        {
            // A language competes only for text in one of its scripts, and not for text lacking a script
            // its texts always show (Japanese without kana: a Han-only text is Chinese).
            scores[l] = (_model.ScriptMasks[l] & bit) == 0 || (_model.RequiredScripts[l] & ~present) != 0
                ? double.NegativeInfinity
                : (sums[l] / LangidModel.WeightScale) + (featureCount * _model.Unseen[l]) + (priorScale * _model.Priors[l]);
            best = Math.Max(best, scores[l]);
        }

        if (double.IsNegativeInfinity(best))
        {
            // A script no trained language is written in.
            return LanguageGuess.Undetermined;
        }

        return Calibrate(scores, best, temperature);
    }

    // The hot loop: bounds checks removed (bucket ids are < 2^Bits by construction, language ids < 256).
    // Whole words (tagged) count wordWeight times each; returns how many there were.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Accumulate(ReadOnlySpan<uint> features, Span<int> sums, int wordWeight)
    {
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_model.Offsets);
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_model.Entries);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        var words = 0;
        foreach (var tagged in features)
        {
            var f = tagged & ~TextFeatures.WordTag;
            var end = Unsafe.Add(ref offsets, (nint)f + 1);
            if (f == tagged)
            {
                for (var i = Unsafe.Add(ref offsets, (nint)f); i < end; i++)
                {
                    var e = Unsafe.Add(ref entries, (nint)i);
                    Unsafe.Add(ref sum, e & 0xFF) += e >> 8;
                }
            }
            else
            {
                words++;
                for (var i = Unsafe.Add(ref offsets, (nint)f); i < end; i++)
                {
                    var e = Unsafe.Add(ref entries, (nint)i);
                    Unsafe.Add(ref sum, e & 0xFF) += (e >> 8) * wordWeight;
                }
            }
        }

        return words;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LanguageGuess Calibrate(Span<double> scores, double best, double temperature)
    {
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

        // The listed candidates, best first: kept in order by insertion (there are only a few).
        var max = _options.MaxCandidates;
        Span<int> listed = stackalloc int[max + 1];
        var n = 0;
        var threshold = _options.MinCandidateProbability * total;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var p = probabilities[c];
            if (p <= 0 || (p < threshold && n > 0))
            {
                continue;
            }

            var at = n;
            while (at > 0 && Before(c, listed[at - 1], probabilities))
            {
                at--;
            }

            if (at < max)
            {
                listed[at..n].CopyTo(listed[(at + 1)..]);
                listed[at] = c;
                n = Math.Min(n + 1, max);
            }
        }

        // The top class may have been listed only because it came first; drop the others below the threshold.
        while (n > 1 && probabilities[listed[n - 1]] < threshold)
        {
            n--;
        }

        var candidates = new LanguageCandidate[n];
        for (var i = 0; i < n; i++)
        {
            candidates[i] = new LanguageCandidate(_model.Codes[listed[i]], probabilities[listed[i]] / total);
        }

        var first = candidates[0];
        var language = first.Probability < _options.UndeterminedBelow ? LanguageCodes.Undetermined : first.Language;
        return new LanguageGuess(language, first.Probability, ImmutableCollectionsMarshal.AsImmutableArray(candidates));
    }

    // Higher probability first; equal ones by code (stable output).
    private bool Before(int a, int b, ReadOnlySpan<double> probabilities) =>
        probabilities[a] != probabilities[b]
            ? probabilities[a] > probabilities[b]
            : string.CompareOrdinal(_model.Codes[a], _model.Codes[b]) < 0;
}
