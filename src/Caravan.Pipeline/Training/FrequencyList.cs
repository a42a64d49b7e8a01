using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Reads a word-frequency list of the FrequencyWords corpus (Hermit Dave's OpenSubtitles counts,
/// <c>frequencywords/&lt;year&gt;/&lt;lang&gt;_50k.txt.gz</c>): one "word count" line per word, most
/// frequent first. Langid training, NER lexicons and the stories' background shares read the lists
/// through this one reader.
/// </summary>
public static class FrequencyList
{
    /// <summary>
    /// The words of the list at <paramref name="gzipPath"/> with their counts, in file order. A line
    /// without a space before a plain decimal count is skipped.
    /// </summary>
    public static IEnumerable<(string Word, long Count)> Read(string gzipPath)
    {
        if (!File.Exists(gzipPath))
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{gzipPath}: word-frequency list is missing");
        }

        return Entries(gzipPath);
    }

    /// <summary>The list of <paramref name="language"/> under <paramref name="frequencyDirectory"/>: the newest year that has one, or null.</summary>
    public static string? Find(string frequencyDirectory, string language) =>
        new[] { "2018", "2016" }
            .Select(year => Path.Combine(frequencyDirectory, year, language + "_50k.txt.gz"))
            .FirstOrDefault(File.Exists);

    /// <summary>Parses one line; false for a line that is not "word count".</summary>
    public static bool TryParse(string line, out string word, out long count)
    {
        var space = line.LastIndexOf(' ');
        if (space > 0 && long.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            word = line[..space];
            return true;
        }

        word = "";
        count = 0;
        return false;
    }

    private static IEnumerable<(string Word, long Count)> Entries(string gzipPath)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (TryParse(line, out var word, out var count))
            {
                yield return (word, count);
            }
        }
    }
}
