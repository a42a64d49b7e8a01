using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Builds the bilingual lexicons of <see cref="Lexicon"/> from sentence-aligned corpora: for each
/// language, every stem is paired with the English stem it co-occurs with most (Dice coefficient over
/// aligned sentences, as in classic co-occurrence lexicon induction). The most frequent stems of each
/// language become its stop words.
/// </summary>
public sealed class LexiconTrainer
{
    /// <summary>Stems per language that count as stop words (by sentence frequency).</summary>
    public int StopWords { get; init; } = 100;

    /// <summary>Minimum Dice coefficient for a translation pair.</summary>
    public double MinDice { get; init; } = 0.3;

    /// <summary>Minimum number of aligned sentences sharing a pair.</summary>
    public int MinCooccurrence { get; init; } = 2;

    /// <summary>
    /// Most English stems kept per unit, best Dice first (each at least <see cref="MinDice"/>): a word has several
    /// renderings ("Regierung" government/administration), and a Han bigram is part of several words.
    /// </summary>
    public int MaxTranslations { get; init; } = 1;

    /// <summary>Trains every language found and writes one <c>&lt;lang&gt;.tsv.gz</c> per language; returns entry counts.</summary>
    public SortedDictionary<string, int> Train(string corporaDirectory, string outputDirectory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(outputDirectory);
        var pairs = ParallelCorpus.Pairs(corporaDirectory);
        var englishSentences = pairs.Values.SelectMany(p => p).Select(p => p.English).Distinct(StringComparer.Ordinal).ToList();
        var englishStop = FrequentUnits(englishSentences.Select(LexiconUnits.Of));
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Write(Path.Combine(outputDirectory, "en.tsv.gz"), englishStop, []);
        counts["en"] = englishStop.Count;
        foreach (var (language, list) in pairs)
        {
            if (language == "en" || list.Count < 500)
            {
                continue;
            }

            var foreign = list.Select(p => LexiconUnits.Of(p.Foreign)).ToList();
            var english = list.Select(p => LexiconUnits.Of(p.English)).ToList();
            var stop = FrequentUnits(foreign);
            var mapping = Align(foreign, english, stop, englishStop);
            Write(Path.Combine(outputDirectory, language + ".tsv.gz"), stop, mapping);
            counts[language] = mapping.Count;
            log.WriteLine(FormattableString.Invariant($"{language}: {list.Count} sentence pairs, {mapping.Count} entries"));
        }

        return counts;
    }

    private HashSet<string> FrequentUnits(IEnumerable<HashSet<string>> sentences)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var units in sentences)
        {
            foreach (var u in units)
            {
                df[u] = df.GetValueOrDefault(u) + 1;
            }
        }

        return [.. df.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(StopWords).Select(kv => kv.Key)];
    }

    private SortedDictionary<string, List<string>> Align(List<HashSet<string>> foreign, List<HashSet<string>> english,
        HashSet<string> stop, HashSet<string> englishStop)
    {
        var cf = new Dictionary<string, int>(StringComparer.Ordinal);
        var ce = new Dictionary<string, int>(StringComparer.Ordinal);
        var cfe = new Dictionary<(string, string), int>();
        for (var i = 0; i < foreign.Count; i++)
        {
            var es = english[i].Where(e => !englishStop.Contains(e)).ToList();
            foreach (var e in es)
            {
                ce[e] = ce.GetValueOrDefault(e) + 1;
            }

            foreach (var f in foreign[i])
            {
                if (stop.Contains(f))
                {
                    continue;
                }

                cf[f] = cf.GetValueOrDefault(f) + 1;
                foreach (var e in es)
                {
                    cfe[(f, e)] = cfe.GetValueOrDefault((f, e)) + 1;
                }
            }
        }

        var candidates = new Dictionary<string, List<(string English, double Dice)>>(StringComparer.Ordinal);
        foreach (var ((f, e), n) in cfe)
        {
            if (n < MinCooccurrence)
            {
                continue;
            }

            var dice = 2.0 * n / (cf[f] + ce[e]);
            if (dice >= MinDice)
            {
                if (!candidates.TryGetValue(f, out var list))
                {
                    list = [];
                    candidates[f] = list;
                }

                list.Add((e, dice));
            }
        }

        var mapping = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (f, list) in candidates)
        {
            var ranked = list.OrderByDescending(c => c.Dice).ThenBy(c => c.English, StringComparer.Ordinal)
                .Take(MaxTranslations).Select(c => c.English).ToList();

            // Identical stems meet in the shared term space anyway; a unit whose best translation is itself keeps no other.
            if (!string.Equals(f, ranked[0], StringComparison.Ordinal))
            {
                mapping[f] = [.. ranked.Where(e => !string.Equals(f, e, StringComparison.Ordinal))];
            }
        }

        return mapping;
    }

    private static void Write(string path, HashSet<string> stop, SortedDictionary<string, List<string>> mapping)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var s in stop.Order(StringComparer.Ordinal))
        {
            writer.WriteLine(s + "\t");
        }

        foreach (var (f, translations) in mapping)
        {
            foreach (var e in translations)
            {
                writer.WriteLine(f + "\t" + e);
            }
        }
    }
}
