using System.Globalization;
using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Builds <see cref="Stages.Stories.BackgroundFrequency"/> from the OpenSubtitles word counts in
/// <c>frequencywords/2018/&lt;lang&gt;_50k.txt.gz</c> (Hermit Dave's lists): for each stem term ("s:" + six folded
/// letters, as fingerprints write it) the share of documents that hold it, 1 - exp(-<see cref="WordsPerDocument"/>
/// x relative frequency), the largest over the languages. Places (country codes and their English stems, see
/// <see cref="PlaceNames"/>) get at least <see cref="PlaceShare"/>: a region's news names them all the time, so
/// they must not count as rare (session 6: Kazakhstan and Central Asia, rare in general language, merged the
/// seed interview into the report of Blinken's visit).
/// </summary>
public sealed class BackgroundTrainer
{
    /// <summary>
    /// The languages whose lists are read: those of the clustering sets and the seeds that have a list (ja has none;
    /// zh's words would have to become character bigrams, which fingerprints count as "c:" terms, not stems).
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "de", "ro", "fr", "es", "cs", "hu", "it", "ru", "uk", "is", "hr"];

    /// <summary>Words of a document, for turning a word frequency into a document share.</summary>
    public double WordsPerDocument { get; init; } = 400;

    /// <summary>Lowest share of a place term.</summary>
    public float PlaceShare { get; init; } = 0.1f;

    /// <summary>Shares below this are left out (at 200 pseudo-documents they move the idf by less than 0.02).</summary>
    public double MinShare { get; init; } = 1e-4;

    /// <summary>
    /// Writes the background shares to <paramref name="outputPath"/> and the place tables of
    /// <paramref name="placeLanguages"/> to <paramref name="placesPath"/>; returns the number of background terms.
    /// </summary>
    public int Train(string corporaDirectory, IEnumerable<string> placeLanguages, string outputPath, string placesPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var placeNames = PlaceNames.Build(placeLanguages);
        using (var places = new StreamWriter(new GZipStream(File.Create(placesPath), CompressionLevel.SmallestSize), new UTF8Encoding(false)) { NewLine = "\n" })
        {
            placeNames.Write(places);
        }

        var shares = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var path = Path.Combine(corporaDirectory, "frequencywords", "2018", language + "_50k.txt.gz");
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            var total = 0L;
            foreach (var (word, count) in FrequencyList.Read(path))
            {
                total += count;
                var folded = TermFolding.Fold(word);
                if (folded.Length > 0 && folded.All(char.IsAsciiLetter))
                {
                    var term = "s:" + TermFolding.Stem(folded);
                    counts[term] = counts.GetValueOrDefault(term) + count;
                }
            }

            foreach (var (term, count) in counts)
            {
                var share = (float)(1 - Math.Exp(-WordsPerDocument * count / total));
                shares[term] = Math.Max(shares.GetValueOrDefault(term), share);
            }

            log.WriteLine(FormattableString.Invariant($"background: {language} {counts.Count} stems from {total} words"));
        }

        foreach (var place in placeLanguages.SelectMany(placeNames.All).Distinct())
        {
            shares[place.Term] = Math.Max(shares.GetValueOrDefault(place.Term), PlaceShare);
            shares[place.EnglishStem] = Math.Max(shares.GetValueOrDefault(place.EnglishStem), PlaceShare);
        }

        var kept = shares.Where(kv => kv.Value >= MinShare).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        using var file = File.Create(outputPath);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (term, share) in kept)
        {
            writer.WriteLine(term + "\t" + share.ToString("0.####", CultureInfo.InvariantCulture));
        }

        log.WriteLine(FormattableString.Invariant($"background: {kept.Count} terms written to {outputPath}"));
        return kept.Count;
    }
}
