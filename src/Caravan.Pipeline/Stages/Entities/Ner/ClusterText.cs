using System.IO.Compression;
using System.Text.Json;
using Caravan.Core.Text;
using Caravan.Pipeline.Training;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The unlabelled text of one language that <see cref="WordClusterBuilder"/> learns from: under the
/// shared data folder, corpora/tatoeba, corpora/ntrex128, corpora/sib200 and the news documents of
/// clustering/*/docs.jsonl, plus the tokens of the language's NER training files (train splits only).
/// Dev-only NER corpora (GermEval, RONEC, KazNERD) are left out: they are scored by cross-validation,
/// and word classes built from a fold's own text would leak it.
/// </summary>
public static class ClusterText
{
    /// <summary>Tokenised sentences of <paramref name="language"/>; <paramref name="nerDirectory"/> is data/ner.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(string nerDirectory, string language)
    {
        var root = Path.Combine(nerDirectory, "..");
        foreach (var folder in NerCorpora.TrainFoldersOf(language))
        {
            var path = Path.Combine(nerDirectory, folder, "train.conll");
            if (File.Exists(path))
            {
                foreach (var sentence in ConllDocuments.ReadTagged(path).SelectMany(d => d))
                {
                    yield return sentence.Tokens;
                }
            }
        }

        foreach (var line in RawLines(root, language))
        {
            yield return [.. Tokenizer.Tokenize(line).Select(t => line.Substring(t.Span.Start, t.Span.Length))];
        }
    }

    private static IEnumerable<string> RawLines(string root, string language)
    {
        var corpora = Path.Combine(root, "corpora");
        foreach (var file in Files(Path.Combine(corpora, "tatoeba"), "*.txt.gz").Where(f => Code(Path.GetFileName(f), '.') == language))
        {
            foreach (var line in GzipLines(file))
            {
                yield return line;
            }
        }

        // newstest2019-ref.deu.txt.gz, newstest2019-ref-2.spa.txt.gz, newstest2019-src.eng.txt.gz
        foreach (var file in Files(Path.Combine(corpora, "ntrex128"), "newstest2019-*.txt.gz")
            .Where(f => Code(Path.GetFileName(f).Split('.')[1], '.') == language))
        {
            foreach (var line in GzipLines(file))
            {
                yield return line;
            }
        }

        var sib = Path.Combine(corpora, "sib200");
        foreach (var folder in Directory.Exists(sib) ? Directory.GetDirectories(sib).Order(StringComparer.Ordinal).ToArray() : [])
        {
            if (Code(Path.GetFileName(folder), '.') != language)
            {
                continue;
            }

            foreach (var file in Files(folder, "*.tsv.gz"))
            {
                foreach (var line in GzipLines(file).Skip(1))
                {
                    yield return line.Split('\t')[^1];
                }
            }
        }

        foreach (var file in Files(Path.Combine(root, "clustering"), "docs.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var doc = json.RootElement;
                if (doc.TryGetProperty("lang", out var lang) && lang.GetString() == language)
                {
                    foreach (var paragraph in $"{Field(doc, "title")}\n{Field(doc, "text")}".Split('\n'))
                    {
                        yield return paragraph;
                    }
                }
            }
        }
    }

    private static string Field(JsonElement doc, string name) =>
        doc.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Code(string name, char end)
    {
        var cut = name.IndexOf(end, StringComparison.Ordinal);
        return LanguageCodeMap.ToCaravan(cut > 0 ? name[..cut] : name);
    }

    private static IEnumerable<string> Files(string folder, string pattern, SearchOption option = SearchOption.TopDirectoryOnly) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern, option).Order(StringComparer.Ordinal) : [];

    private static IEnumerable<string> GzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
