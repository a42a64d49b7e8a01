namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>The state of deduplication over one stream: band and sketch keys of recent articles.</summary>
internal sealed class DeduplicationSession : ICorpusSession
{
    private readonly DeduplicationOptions _options;
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<ulong, int> _bands = [];
    private readonly Dictionary<ulong, int> _passages = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

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

        var original = FindOriginal(fingerprint);
        var result = article with { DuplicateOf = original };
        Add(result);
        return result;
    }

    public void Restore(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Fingerprint is not null)
        {
            Add(article);
        }
    }

    private string? FindOriginal(Fingerprint fingerprint)
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
            best = FindByPassages(fingerprint.Passages);
        }

        return best < 0 ? null : _entries[best].Id;
    }

    private int FindByPassages(ImmutableArray<ulong> passages)
    {
        var shared = new Dictionary<int, int>();
        foreach (var key in passages)
        {
            if (_passages.TryGetValue(key, out var seq) && IsLive(seq))
            {
                var root = _entries[seq].Root;
                shared[root] = shared.GetValueOrDefault(root) + 1;
            }
        }

        var best = -1;
        var bestCount = 0;
        foreach (var (root, count) in shared.OrderBy(kv => kv.Key))
        {
            var smaller = Math.Min(passages.Length, _entries[root].Passages);
            if (count >= _options.MinSharedPassages && count >= _options.MinPassageShare * smaller && count > bestCount)
            {
                best = root;
                bestCount = count;
            }
        }

        return best;
    }

    private void Add(Article article)
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

        _entries.Add(new Entry(article.Id, root, fingerprint.MinHash, fingerprint.Passages.Length));
        _byId.TryAdd(article.Id, seq);
        foreach (var key in BandKeys(fingerprint.MinHash))
        {
            _bands.TryAdd(key, seq);
        }

        foreach (var key in fingerprint.Passages)
        {
            _passages.TryAdd(key, seq);
        }

        if (seq > 0 && seq % (_options.Window / 5 + 1) == 0)
        {
            Forget();
        }
    }

    private bool IsLive(int seq) => seq >= _entries.Count - _options.Window;

    /// <summary>Drops keys of articles that left the window, and their signatures.</summary>
    private void Forget()
    {
        foreach (var key in _bands.Where(kv => !IsLive(kv.Value)).Select(kv => kv.Key).ToList())
        {
            _bands.Remove(key);
        }

        foreach (var key in _passages.Where(kv => !IsLive(kv.Value)).Select(kv => kv.Key).ToList())
        {
            _passages.Remove(key);
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

    private sealed record Entry(string Id, int Root, ImmutableArray<ulong> MinHash, int Passages);
}
