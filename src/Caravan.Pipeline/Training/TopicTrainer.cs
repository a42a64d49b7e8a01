using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Summaries;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Trains <see cref="TopicClassifier"/> on SIB-200's train split in every language, with each
/// sentence's units mapped to English pivots through the lexicons, so one small model serves all
/// languages. Reports accuracy on the dev split of a few languages.
/// </summary>
public sealed class TopicTrainer
{
    /// <summary>Units seen fewer times are dropped (keeps the model small and the estimates stable).</summary>
    public int MinCount { get; init; } = 4;

    /// <summary>Additive smoothing.</summary>
    public double Alpha { get; init; } = 0.5;

    public void Train(string corporaDirectory, Lexicon lexicon, string outputPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(log);
        var sib = Path.Combine(corporaDirectory, "sib200");
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var docs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(sib).Order(StringComparer.Ordinal))
        {
            var language = lexicon.For(LanguageCodeMap.ToCaravan(Path.GetFileName(dir)));
            foreach (var (_, label, text) in ParallelCorpus.LabelledSentences(dir, "train"))
            {
                docs[label] = docs.GetValueOrDefault(label) + 1;
                if (!counts.TryGetValue(label, out var c))
                {
                    c = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[label] = c;
                }

                foreach (var unit in Units(language, text))
                {
                    c[unit] = c.GetValueOrDefault(unit) + 1;
                }
            }
        }

        var labels = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        var total = labels.Select(l => counts[l]).SelectMany(c => c).GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .Where(g => g.Sum(kv => kv.Value) >= MinCount).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var mass = labels.Select(l => total.Sum(u => (double)counts[l].GetValueOrDefault(u)) + (Alpha * (total.Count + 1))).ToArray();
        var allDocs = docs.Values.Sum();
        using var file = File.Create(outputPath);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("labels\t" + string.Join('\t', labels.Select(l => l + "=" + F(Math.Log(docs[l] / (double)allDocs)))));
        writer.WriteLine("<unseen>\t" + string.Join('\t', labels.Select((l, k) => F(Math.Log(Alpha / mass[k])))));
        foreach (var unit in total)
        {
            writer.WriteLine(unit + "\t" + string.Join('\t', labels.Select((l, k) => F(Math.Log((counts[l].GetValueOrDefault(unit) + Alpha) / mass[k])))));
        }

        log.WriteLine(FormattableString.Invariant($"topics: {labels.Length} labels, {total.Count} units, {allDocs} sentences"));
    }

    /// <summary>Accuracy on SIB-200 dev sentences of one language folder (e.g. "deu_Latn").</summary>
    public static double Evaluate(TopicClassifier classifier, string corporaDirectory, string folder)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var code = LanguageCodeMap.ToCaravan(folder);
        var rows = ParallelCorpus.LabelledSentences(Path.Combine(corporaDirectory, "sib200", folder), "dev").ToList();
        var right = rows.Count(r => string.Equals(classifier.Classify([r.Text], code)[0].Label, r.Category, StringComparison.Ordinal));
        return rows.Count == 0 ? 0 : right / (double)rows.Count;
    }

    private static IEnumerable<string> Units(LanguageLexicon lexicon, string text) =>
        LexiconUnits.Of(text).Where(u => !lexicon.IsStopWord(u)).Select(u => TopicClassifier.Pivot(lexicon, u));

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
