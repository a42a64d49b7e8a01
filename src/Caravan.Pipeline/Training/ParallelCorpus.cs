using System.IO.Compression;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Sentence-aligned text in many languages from ../shared/data/corpora: NTREX-128 (one file per
/// language, line n = English source line n) and SIB-200 (TSV per language; rows aligned by
/// index_id, with a topic label). Every file is gzip-compressed.
/// </summary>
public static class ParallelCorpus
{
    /// <summary>Sentence pairs (foreign, English) per Caravan language code, both corpora together.</summary>
    public static SortedDictionary<string, List<(string Foreign, string English)>> Pairs(string corporaDirectory)
    {
        var pairs = new SortedDictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var ntrex = Path.Combine(corporaDirectory, "ntrex128");
        var english = ReadLines(Path.Combine(ntrex, "newstest2019-src.eng.txt.gz"));
        foreach (var file in Directory.GetFiles(ntrex, "newstest2019-ref*.txt.gz").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(file).Split('.')[1];
            AddAligned(pairs, LanguageCodeMap.ToCaravan(code), ReadLines(file), english);
        }

        var sib = Path.Combine(corporaDirectory, "sib200");
        var sibEnglish = LabelledSentences(Path.Combine(sib, "eng_Latn")).ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(sib).Order(StringComparer.Ordinal))
        {
            var code = LanguageCodeMap.ToCaravan(Path.GetFileName(dir));
            var list = Bucket(pairs, code);
            foreach (var (id, _, text) in LabelledSentences(dir))
            {
                if (sibEnglish.TryGetValue(id, out var en))
                {
                    list.Add((text, en));
                }
            }
        }

        return pairs;
    }

    /// <summary>SIB-200 rows of one language folder: (index_id, category, text), train + dev + test.</summary>
    public static IEnumerable<(string Id, string Category, string Text)> LabelledSentences(string languageDirectory, params string[] splits)
    {
        foreach (var split in splits.Length > 0 ? splits : ["train", "dev", "test"])
        {
            var path = Path.Combine(languageDirectory, split + ".tsv.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in ReadLines(path).Skip(1))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 3)
                {
                    yield return (parts[0], parts[1], parts[2]);
                }
            }
        }
    }

    public static List<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static void AddAligned(SortedDictionary<string, List<(string, string)>> pairs, string code, List<string> foreign, List<string> english)
    {
        var list = Bucket(pairs, code);
        for (var i = 0; i < Math.Min(foreign.Count, english.Count); i++)
        {
            list.Add((foreign[i], english[i]));
        }
    }

    private static List<(string, string)> Bucket(SortedDictionary<string, List<(string, string)>> pairs, string code)
    {
        if (!pairs.TryGetValue(code, out var list))
        {
            list = [];
            pairs[code] = list;
        }

        return list;
    }
}
