namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>The state of deduplication over one stream: band and sketch keys of recent articles.</summary>
internal sealed class DeduplicationSession : ICorpusSession
{
    private readonly DeduplicationOptions _options;
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<ulong, int> _bands = [];
    private readonly Dictionary<ulong, int> _passages = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    // Entries before this index no longer hold their sentences.
    private int _sentencesKept;

    public DeduplicationSession(DeduplicationOptions options)
    {
        _options = options;
    }

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Fingerprint is not { } fingerprint)
        {
            return article;
        }

        var sentences = SentenceTermIndex.Of(fingerprint.Sentences);
        var original = FindOriginal(fingerprint, sentences);
        var result = article with { DuplicateOf = original };
        Add(result, sentences);
        return result;
    }

    public void Restore(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Fingerprint is { } fingerprint)
        {
            Add(article, SentenceTermIndex.Of(fingerprint.Sentences));
        }
    }

    private string? FindOriginal(Fingerprint fingerprint, SentenceTermIndex sentences)
    {
        var best = -1;
        var bestScore = 0.0;
        foreach (var key in BandKeys(fingerprint.MinHash))
        {
            if (_bands.TryGetValue(key, out var seq) && IsLive(seq))
            {
                var root = _entries[seq].Root;
                var similarity = MinHasher.Similarity(fingerprint.MinHash, _entries[seq].MinHash);
                if (similarity >= _options.NearDuplicateThreshold && (similarity > bestScore || (similarity == bestScore && root < best)))
                {
                    best = root;
                    bestScore = similarity;
                }
            }
        }

        if (best < 0)
        {
            best = FindByPassages(fingerprint, sentences);
        }

        return best < 0 ? null : _entries[best].Id;
    }

    /// <summary>
    /// The root of the recent article that shares the most paraphrased sentences, among those that
    /// share sentence sketches with this one (most shared sketches first); -1 if none qualifies.
    /// </summary>
    private int FindByPassages(Fingerprint fingerprint, SentenceTermIndex sentences)
    {
        var shared = new Dictionary<int, int>();
        foreach (var key in fingerprint.Passages)
        {
            if (_passages.TryGetValue(key, out var seq) && IsLive(seq, _options.PassageWindow))
            {
                shared[seq] = shared.GetValueOrDefault(seq) + 1;
            }
        }

        if (shared.Count == 0)
        {
            return -1;
        }

        var best = -1;
        var bestCount = 0;
        var candidates = shared.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(_options.PassageCandidates);
        foreach (var (seq, _) in candidates)
        {
            var other = _entries[seq].Sentences;
            var alignment = SentenceAligner.Align(sentences, other, _options);
            var share = _options.MinPassageShare * Math.Min(sentences.Count, other.Count);
            var rewrite = alignment.Paraphrases >= _options.MinSharedPassages && alignment.Paraphrases >= share;
            var copied = alignment.Verbatim >= 1 && alignment.Verbatim >= share;
            var count = alignment.Paraphrases;
            var root = _entries[seq].Root;
            if ((rewrite || copied) && (count > bestCount || (count == bestCount && root < best)))
            {
                best = root;
                bestCount = count;
            }
        }

        return best;
    }

    private void Add(Article article, SentenceTermIndex sentences)
    {
        var fingerprint = article.Fingerprint!;
        var seq = _entries.Count;
        var root = seq;
        if (article.DuplicateOf is { } of)
        {
            // An original the window forgot is still the root; one never seen leaves this one a root.
            if (_byId.TryGetValue(of, out var original))
            {
                root = _entries[original].Root;
            }
        }

        _entries.Add(new Entry(article.Id, root, fingerprint.MinHash, sentences));
        _byId.TryAdd(article.Id, seq);
        foreach (var key in BandKeys(fingerprint.MinHash))
        {
            _bands.TryAdd(key, seq);
        }

        foreach (var key in fingerprint.Passages)
        {
            _passages.TryAdd(key, seq);
        }

        if (seq > 0 && seq % (Math.Min(_options.Window, _options.PassageWindow) / 5 + 1) == 0)
        {
            Forget();
        }
    }

    private bool IsLive(int seq) => IsLive(seq, _options.Window);

    private bool IsLive(int seq, int window) => seq >= _entries.Count - window;

    /// <summary>Drops keys of articles that left the window, and their signatures.</summary>
    private void Forget()
    {
        foreach (var key in _bands.Where(kv => !IsLive(kv.Value)).Select(kv => kv.Key).ToList())
        {
            _bands.Remove(key);
        }

        foreach (var key in _passages.Where(kv => !IsLive(kv.Value, _options.PassageWindow)).Select(kv => kv.Key).ToList())
        {
            _passages.Remove(key);
        }

        for (; _sentencesKept < _entries.Count - _options.PassageWindow; _sentencesKept++)
        {
            _entries[_sentencesKept] = _entries[_sentencesKept] with { Sentences = SentenceTermIndex.Empty };
        }

        for (var i = _entries.Count - _options.Window - 1; i >= 0 && !_entries[i].MinHash.IsDefaultOrEmpty; i--)
        {
            _entries[i] = _entries[i] with { MinHash = [] };
        }
    }

    private IEnumerable<ulong> BandKeys(ImmutableArray<ulong> minHash)
    {
        if (minHash.IsDefaultOrEmpty)
        {
            yield break;
        }

        var rows = Math.Max(1, minHash.Length / _options.Bands);
        for (var band = 0; band * rows < minHash.Length; band++)
        {
            var key = (ulong)band;
            for (var r = band * rows; r < Math.Min(minHash.Length, (band + 1) * rows); r++)
            {
                key = StableHash.Combine(key, minHash[r]);
            }

            yield return key;
        }
    }

    private sealed record Entry(string Id, int Root, ImmutableArray<ulong> MinHash, SentenceTermIndex Sentences);
}
