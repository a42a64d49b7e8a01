namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>
/// Trains the <see cref="LangidModel"/> from the public corpora (`caravan train langid`): counts the
/// <see cref="TextFeatures"/> of every language's texts, keeps each language's most frequent
/// buckets, and stores smoothed naive Bayes log-probabilities. Deterministic for given data and options.
/// </summary>
public sealed class LangidTrainer
{
    private readonly LangidTrainingOptions _options;

    public LangidTrainer(LangidTrainingOptions? options = null)
    {
        _options = options ?? new LangidTrainingOptions();
    }

    /// <summary>Trains on <paramref name="sources"/> read from <paramref name="corpusRoot"/>; reports each language to <paramref name="progress"/>.</summary>
    public LangidModel Train(string corpusRoot, IReadOnlyList<LangidSource> sources, Action<string>? progress = null)
    {
        var rows = new LanguageRows[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, i =>
        {
            rows[i] = Count(corpusRoot, sources[i]);
            progress?.Invoke(FormattableString.Invariant(
                $"{sources[i].Language}: {rows[i].Texts} texts, {rows[i].Total} features, {rows[i].Buckets.Length} kept"));
        });
        return Assemble(sources, rows);
    }

    private LanguageRows Count(string corpusRoot, LangidSource source)
    {
        var counts = new int[1 << _options.Bits];
        var scripts = new int[WritingScripts.Count];
        var buffer = new uint[4096];
        long total = 0;
        var texts = 0;
        foreach (var (text, weight, listWord) in source.Texts(corpusRoot))
        {
            var need = (TextFeatures.MaxOrder + 1) * (text.Length + 2);
            if (need > buffer.Length)
            {
                buffer = new uint[need];
            }

            // A frequency-list entry is a word type: its n-grams count once, only the whole word by its frequency.
            var ngramWeight = listWord ? 1 : weight * _options.TextWeight;
            var wordWeight = listWord ? weight * _options.ListWordWeight : weight * _options.TextWeight;
            var n = TextFeatures.Extract(TextFeatures.Compose(text), _options.Bits, buffer, scripts, tagWords: true);
            for (var i = 0; i < n; i++)
            {
                var w = (buffer[i] & TextFeatures.WordTag) == 0 ? ngramWeight : wordWeight;
                counts[buffer[i] & ~TextFeatures.WordTag] += w;
                total += w;
            }

            texts++;
        }

        var kept = Enumerable.Range(0, counts.Length)
            .Where(b => counts[b] >= _options.MinCount)
            .OrderByDescending(b => counts[b]).ThenBy(b => b)
            .Take(_options.MaxFeaturesPerLanguage)
            .Order()
            .ToArray();
        var keptCounts = kept.Select(b => counts[b]).ToArray();
        var letters = Math.Max(1, scripts.Sum());
        var mask = 0u;
        var required = 0u;
        for (var s = 1; s < scripts.Length; s++)
        {
            mask |= scripts[s] >= _options.ScriptShare * letters ? 1u << s : 0;
            required |= scripts[s] >= _options.RequiredScriptShare * letters ? 1u << s : 0;
        }

        return new LanguageRows(kept, keptCounts, mask, required, texts, total);
    }

    private LangidModel Assemble(IReadOnlyList<LangidSource> sources, LanguageRows[] rows)
    {
        var buckets = 1 << _options.Bits;
        var offsets = new int[buckets + 1];
        foreach (var row in rows)
        {
            foreach (var b in row.Buckets)
            {
                offsets[b + 1]++;
            }
        }

        for (var b = 0; b < buckets; b++)
        {
            offsets[b + 1] += offsets[b];
        }

        // The unseen log-probability of each language is pulled toward that of the median-sized corpus:
        // with each language's own, the languages with the least data win texts full of unseen n-grams.
        var sizes = rows.Select(r => (double)r.Total).Order().ToArray();
        var median = sizes[sizes.Length / 2];
        var unseen = rows.Select(r => Math.Log(_options.Alpha /
            ((Math.Pow(r.Total, 1 - _options.UnseenShrink) * Math.Pow(median, _options.UnseenShrink)) + (_options.Alpha * buckets)))).ToArray();
        var fill = offsets[..^1].ToArray();
        var entries = new ushort[offsets[buckets]];
        for (var l = 0; l < rows.Length; l++)
        {
            for (var i = 0; i < rows[l].Buckets.Length; i++)
            {
                // log P(f|l) - unseen, in 1/16 nats; a bucket rarer than unseen is as good as absent.
                var logP = Math.Log((rows[l].Counts[i] + _options.Alpha) / (rows[l].Total + (_options.Alpha * buckets)));
                var weight = (int)Math.Clamp(Math.Round((logP - unseen[l]) * LangidModel.WeightScale), 0, 255);
                entries[fill[rows[l].Buckets[i]]++] = (ushort)(l | (weight << 8));
            }
        }

        return new LangidModel(
            _options.Bits,
            [.. sources.Select(s => s.Language)],
            unseen,
            [.. sources.Select(s => s.Prior)],
            [.. rows.Select(r => r.ScriptMask)],
            [.. rows.Select(r => r.RequiredScripts)],
            offsets,
            entries);
    }

    private sealed record LanguageRows(int[] Buckets, int[] Counts, uint ScriptMask, uint RequiredScripts, int Texts, long Total);
}
