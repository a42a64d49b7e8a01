using System.IO.Compression;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Core.Languages;
using Caravan.Pipeline.Training;

namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>
/// One language's prior and training material, as listed in <c>Languages/xx/langid-sources.txt</c>:
/// sentences from SIB-200, NTREX-128, Tatoeba and UD, and words from the FrequencyWords lists.
/// </summary>
public sealed record LangidSource(string Language, double Prior, ImmutableArray<string> Corpora)
{
    /// <summary>The languages and corpora the shipped model is trained on.</summary>
    public static ImmutableArray<LangidSource> Listed() =>
    [
        .. LanguageData.Lines("xx", "langid-sources").Select(line =>
        {
            var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return new LangidSource(parts[0], double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), [.. parts.Skip(2)]);
        }),
    ];

    /// <summary>
    /// Every training text of this language under <paramref name="corpusRoot"/>, with its weight and whether it
    /// is a frequency-list word (a word type, weighted 1 + log10 of its count) rather than running text (weight 1).
    /// </summary>
    public IEnumerable<(string Text, int Weight, bool ListWord)> Texts(string corpusRoot)
    {
        foreach (var corpus in Corpora)
        {
            // "corpus:name@lang/table" transliterates the corpus with Languages/lang/table.txt;
            // "corpus:name@unmarked" strips its combining marks.
            var at = corpus.IndexOf('@', StringComparison.Ordinal);
            var rewrite = at < 0 ? null : Rewriting(corpus[(at + 1)..]);
            var source = at < 0 ? corpus : corpus[..at];
            var colon = source.IndexOf(':', StringComparison.Ordinal);
            var kind = source[..colon];
            var name = source[(colon + 1)..];
            var items = kind switch
            {
                "sib200" => Sib(Path.Combine(corpusRoot, "sib200", name)),
                "ntrex128" => Sentences(Lines(Path.Combine(corpusRoot, "ntrex128", $"newstest2019-ref.{name}.txt.gz"))),
                "tatoeba" => Sentences(Lines(Path.Combine(corpusRoot, "tatoeba", name + ".txt.gz"))),
                "frequencywords" => Words(Path.Combine(corpusRoot, "frequencywords", name + ".txt.gz")),
                "ud" => Conllu(Path.Combine(corpusRoot, "ud", name)),
                _ => throw new CaravanException(ErrorCode.InvalidRecord, $"langid-sources.txt: unknown corpus '{kind}' for {Language}"),
            };
            foreach (var (text, weight, listWord) in items)
            {
                if (rewrite is null)
                {
                    yield return (text, weight, listWord);
                    continue;
                }

                // A rewritten copy adds only the texts the rewriting changes (the others are already counted).
                var rewritten = rewrite(text);
                if (!string.Equals(rewritten, text, StringComparison.Ordinal) && !string.Equals(rewritten, text.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    yield return (rewritten, weight, listWord);
                }
            }
        }
    }

    private static Func<string, string> Rewriting(string modifier)
    {
        if (modifier == MarkStripping.Suffix)
        {
            return MarkStripping.Apply;
        }

        var parts = modifier.Split('/');
        return new Transliteration(parts[0], parts[1]).Apply;
    }

    private static IEnumerable<(string, int, bool)> Sib(string folder)
    {
        foreach (var split in new[] { "train", "dev", "test" })
        {
            // index_id <TAB> category <TAB> text, with a header line.
            foreach (var line in Lines(Path.Combine(folder, split + ".tsv.gz")).Skip(1))
            {
                var tab = line.LastIndexOf('\t');
                yield return (line[(tab + 1)..], 1, false);
            }
        }
    }

    private static IEnumerable<(string, int, bool)> Words(string path) =>
        FrequencyList.Read(path).Select(entry => (entry.Word, 1 + (int)Math.Log10(Math.Max(1, entry.Count)), true));

    private static IEnumerable<(string, int, bool)> Conllu(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.conllu.gz").Order(StringComparer.Ordinal))
        {
            foreach (var line in Lines(file))
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    yield return (line[9..], 1, false);
                }
            }
        }
    }

    /// <summary>Running text, one sentence per line: weight 1, not a list word.</summary>
    private static IEnumerable<(string, int, bool)> Sentences(IEnumerable<string> lines) => lines.Select(line => (line, 1, false));

    private static IEnumerable<string> Lines(string path)
    {
        if (!File.Exists(path))
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: training corpus file is missing");
        }

        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
