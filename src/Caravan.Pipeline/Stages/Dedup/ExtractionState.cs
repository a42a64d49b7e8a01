using System.Runtime.InteropServices;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>The running state of one <see cref="TermExtractor"/> pass: term counts, the shingle window, the current sentence.</summary>
internal sealed class ExtractionState
{
    private readonly Dictionary<string, (int Count, float Weight)> _weights = new(StringComparer.Ordinal);
    private readonly List<ulong> _shingles = [];
    private readonly ulong[] _window;
    private readonly List<ImmutableArray<ulong>> _sentences = [];
    private readonly HashSet<ulong> _sentence = [];
    private int _seen;

    public ExtractionState(int shingleSize, string languageCode, LanguageLexicon language, bool isEnglish)
    {
        LanguageCode = languageCode;
        Scales = NumberScales.For(languageCode);
        _window = new ulong[Math.Max(1, shingleSize)];
        Language = language;
        IsEnglish = isEnglish;
    }

    /// <summary>The article's language code (for its name endings).</summary>
    public string LanguageCode { get; }

    public LanguageLexicon Language { get; }

    /// <summary>The language's scale words ("Millionen", "万").</summary>
    public NumberScales Scales { get; }

    public bool IsEnglish { get; }

    /// <summary>True until the first word of a sentence has been seen (capitals there are not names).</summary>
    public bool SentenceStart { get; set; } = true;

    /// <summary>Multiplier for terms seen now (the title and lead weigh more: news puts the event first).</summary>
    public float Boost { get; set; } = 1f;

    /// <summary>The last number read, held until the next word tells whether it is scaled ("3,5 Millionen").</summary>
    public (DecimalNumber Number, bool Scaled, float Weight)? PendingNumber { get; set; }

    /// <summary>Adds the pending number's term, if any.</summary>
    public void FlushNumber()
    {
        if (PendingNumber is { } pending)
        {
            PendingNumber = null;
            if (pending.Number.Term(pending.Scaled) is { Length: > 0 } term)
            {
                AddWeighted(term, pending.Weight); // boosted when the number was read
            }
        }
    }

    public void Add(string term, float weight) => AddWeighted(term, weight * Boost);

    private void AddWeighted(string term, float weight)
    {
        ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(_weights, term, out _);
        current = (current.Count + 1, Math.Max(current.Weight, weight));
    }

    /// <summary>Adds a word hash to the shingle window; emits a shingle once the window is full.</summary>
    public void Shingle(ulong wordHash)
    {
        _window[_seen % _window.Length] = wordHash;
        _seen++;
        if (_seen < _window.Length)
        {
            return;
        }

        var h = 0UL;
        for (var i = 0; i < _window.Length; i++)
        {
            h = StableHash.Combine(h, _window[(_seen + i) % _window.Length]);
        }

        _shingles.Add(h);
    }

    public void SentenceTerm(ulong hash) => _sentence.Add(hash);

    public void EndSentence()
    {
        FlushNumber();
        if (_sentence.Count > 0)
        {
            var terms = _sentence.ToArray();
            Array.Sort(terms);
            _sentences.Add(ImmutableArray.Create(terms));
            _sentence.Clear();
        }

        SentenceStart = true;
    }

    public ArticleSignals Finish(int maxTerms)
    {
        FlushNumber();
        // A text shorter than one shingle still gets one, so that tiny copies are detected.
        if (_shingles.Count == 0 && _seen > 0)
        {
            var h = 0UL;
            for (var i = 0; i < _seen; i++)
            {
                h = StableHash.Combine(h, _window[i]);
            }

            _shingles.Add(h);
        }

        // Sublinear term frequency: the tenth "Ukraine" says less than the first. Terms stay in order
        // of first occurrence (deterministic, and cheaper than sorting strings).
        var terms = new WeightedTerm[_weights.Count];
        var n = 0;
        foreach (var (term, (count, weight)) in _weights)
        {
            terms[n++] = new WeightedTerm(term, weight * (1f + MathF.Log(count)));
        }

        if (terms.Length > maxTerms)
        {
            // Keep the strongest; ties go to the earlier term.
            var order = Enumerable.Range(0, terms.Length).ToArray();
            Array.Sort(order, (a, b) => terms[b].Weight != terms[a].Weight ? terms[b].Weight.CompareTo(terms[a].Weight) : a.CompareTo(b));
            var keep = order.AsSpan(0, maxTerms).ToArray();
            Array.Sort(keep);
            terms = [.. keep.Select(i => terms[i])];
        }

        return new ArticleSignals(ImmutableArray.Create(terms), [.. _shingles], [.. _sentences]);
    }
}
