using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Writes the word lists of <see cref="WordSegmenter"/> (<c>&lt;lang&gt;.words.tsv.gz</c> beside the lexicons) for the
/// languages written without spaces: the words of the language's FrequencyWords list (OpenSubtitles counts, segmented
/// by its makers) made only of Han and kana characters, with their counts, in the list's order.
/// </summary>
public sealed class WordListTrainer
{
    /// <summary>Fewest unspaced words a list must hold to be written (a spaced language's list has a few stray ones).</summary>
    public int MinWords { get; init; } = 1000;

    /// <summary>
    /// Writes a list for each of <paramref name="languages"/> that has one under <c>frequencywords/</c> in
    /// <paramref name="corporaDirectory"/> (Chinese's is filed as <c>zh_cn</c>, simplified script); returns the
    /// word counts written.
    /// </summary>
    public SortedDictionary<string, int> Train(string corporaDirectory, IEnumerable<string> languages, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var frequency = Path.Combine(corporaDirectory, "frequencywords");
        var written = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var list = FrequencyList.Find(frequency, language) ?? FrequencyList.Find(frequency, language + "_cn");
            if (list is null)
            {
                continue;
            }

            var words = FrequencyList.Read(list)
                .Where(w => w.Count > 0 && w.Word.All(TermFolding.IsUnspaced))
                .DistinctBy(w => w.Word, StringComparer.Ordinal)
                .ToList();
            if (words.Count < MinWords)
            {
                continue;
            }

            Write(Path.Combine(outputDirectory, language + Lexicon.WordsSuffix), words);
            written[language] = words.Count;
        }

        return written;
    }

    private static void Write(string path, List<(string Word, long Count)> words)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, count) in words)
        {
            writer.WriteLine(word + "\t" + count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
