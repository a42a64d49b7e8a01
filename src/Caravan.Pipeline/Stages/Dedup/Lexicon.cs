using System.Collections.Concurrent;
using System.IO.Compression;
using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Bilingual lexicons into an English pivot, one file per language under
/// <c>models/stories/lexicon/&lt;lang&gt;.tsv.gz</c> (built by <c>caravan train lexicon</c> from
/// parallel sentences). Each line is <c>stem&lt;TAB&gt;pivot-stem</c>; an empty pivot marks a stop
/// word. Loaded lazily per language and shared by all threads.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The model folder, relative to the models root.</summary>
    public const string Folder = "stories/lexicon";

    /// <summary>The command that rebuilds the files.</summary>
    public const string RebuildCommand = "caravan train lexicon";

    private readonly string? _directory;
    private readonly ConcurrentDictionary<string, LanguageLexicon> _languages = new(StringComparer.Ordinal);

    private Lexicon(string? directory)
    {
        _directory = directory;
    }

    /// <summary>A lexicon that maps nothing (no cross-language terms beyond names and numbers).</summary>
    public static Lexicon Empty { get; } = new(null);

    /// <summary>Opens the lexicon folder; throws CARAVAN0002 if it is missing.</summary>
    public static Lexicon Open(ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var index = catalog.Require(Path.Combine(Folder, "en.tsv.gz"), RebuildCommand);
        return new Lexicon(Path.GetDirectoryName(index));
    }

    /// <summary>Opens a lexicon folder directly (training output, tests).</summary>
    public static Lexicon FromDirectory(string directory) => new(directory);

    /// <summary>The entries for one language (empty when the language has no file).</summary>
    public LanguageLexicon For(string language) => _languages.GetOrAdd(language, Load);

    private LanguageLexicon Load(string language)
    {
        if (_directory is null || language.Length is 0 or > 12 || !language.All(char.IsAsciiLetterLower))
        {
            return LanguageLexicon.None;
        }

        var path = Path.Combine(_directory, language + ".tsv.gz");
        if (!File.Exists(path))
        {
            return LanguageLexicon.None;
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return LanguageLexicon.Read(new StreamReader(gzip));
    }
}

/// <summary>One language's stop words and stem-to-pivot mappings (one or more pivots per stem, the best first).</summary>
public sealed class LanguageLexicon
{
    private readonly Dictionary<string, string> _pivots;
    private readonly HashSet<string> _stopWords;
    private readonly Dictionary<string, PivotTerm[]> _terms;

    private LanguageLexicon(Dictionary<string, List<string>> pivots, HashSet<string> stopWords)
    {
        _pivots = pivots.ToDictionary(kv => kv.Key, kv => kv.Value[0], StringComparer.Ordinal);
        _stopWords = stopWords;
        // Term strings and hashes built once, so that fingerprinting allocates nothing per known word.
        var terms = pivots.Values.SelectMany(p => p).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, p => new PivotTerm("s:" + p, StableHash.Of(p)), StringComparer.Ordinal);
        _terms = pivots.ToDictionary(kv => kv.Key, kv => kv.Value.Select(p => terms[p]).ToArray(), StringComparer.Ordinal);
    }

    public static LanguageLexicon None { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    public int Count => _pivots.Count;

    public bool IsStopWord(string stem) => _stopWords.Contains(stem);

    /// <summary>The best English pivot stem for a stem of this language, if the lexicon knows one.</summary>
    public bool TryMap(string stem, out string pivot) => _pivots.TryGetValue(stem, out pivot!);

    /// <summary>Every pivot of a stem as a term ("s:" + pivot) with the hash of the pivot, the best first; empty if none.</summary>
    public IReadOnlyList<PivotTerm> PivotTerms(string stem) => _terms.GetValueOrDefault(stem) ?? [];

    public static LanguageLexicon Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pivots = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stop = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || line[0] == '#')
            {
                continue;
            }

            var stem = line[..tab];
            var pivot = line[(tab + 1)..];
            if (pivot.Length == 0)
            {
                stop.Add(stem);
            }
            else if (pivots.TryGetValue(stem, out var list))
            {
                list.Add(pivot);
            }
            else
            {
                pivots[stem] = [pivot];
            }
        }

        return new LanguageLexicon(pivots, stop);
    }
}

/// <summary>A pivot stem as a ready-made term and its hash.</summary>
public sealed record PivotTerm(string Term, ulong Hash);
