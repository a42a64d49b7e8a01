using System.Globalization;
using System.IO.Compression;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Stages.Summaries;

/// <summary>
/// A multinomial naive Bayes topic classifier over language-independent units (English pivot stems
/// from the lexicons, else the folded stem), trained on SIB-200's labelled sentences by
/// <c>caravan train topics</c>. Model file: <c>models/stories/topics.tsv.gz</c>, a header line with the
/// labels and their log priors, then one line per unit with its log likelihood under each label.
/// </summary>
public sealed class TopicClassifier
{
    public const string ModelPath = "stories/topics.tsv.gz";

    public const string RebuildCommand = "caravan train topics";

    private readonly Dictionary<string, float[]> _likelihoods;
    private readonly float[] _unseen;
    private readonly float[] _priors;
    private readonly Lexicon _lexicon;

    private TopicClassifier(ImmutableArray<string> labels, float[] priors, float[] unseen, Dictionary<string, float[]> likelihoods, Lexicon lexicon)
    {
        Labels = labels;
        _priors = priors;
        _unseen = unseen;
        _likelihoods = likelihoods;
        _lexicon = lexicon;
    }

    public ImmutableArray<string> Labels { get; }

    public static TopicClassifier Open(ModelCatalog catalog, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = catalog.Require(ModelPath, RebuildCommand);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return Read(new StreamReader(gzip), lexicon);
    }

    public static TopicClassifier Read(TextReader reader, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = (reader.ReadLine() ?? "").Split('\t');
        var unseenLine = (reader.ReadLine() ?? "").Split('\t');
        var labels = header.Skip(1).Select(h => h.Split('=')[0]).ToImmutableArray();
        var priors = header.Skip(1).Select(h => Parse(h.Split('=')[1])).ToArray();
        var unseen = unseenLine.Skip(1).Select(Parse).ToArray();
        var likelihoods = new Dictionary<string, float[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length == labels.Length + 1)
            {
                likelihoods[parts[0]] = [.. parts.Skip(1).Select(Parse)];
            }
        }

        return new TopicClassifier(labels, priors, unseen, likelihoods, lexicon);
    }

    /// <summary>The unit a word stem counts as: its English pivot where the lexicon has one.</summary>
    public static string Pivot(LanguageLexicon lexicon, string unit) =>
        lexicon.TryMap(unit, out var pivot) ? pivot : unit;

    /// <summary>Labels of a text in a language, best first, with posterior probabilities.</summary>
    public ImmutableArray<(string Label, double Probability)> Classify(IEnumerable<string> texts, string language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var lexicon = _lexicon.For(language);
        var scores = _priors.Select(p => (double)p).ToArray();
        foreach (var text in texts)
        {
            foreach (var unit in LexiconUnits.Of(text))
            {
                if (lexicon.IsStopWord(unit) || !_likelihoods.TryGetValue(Pivot(lexicon, unit), out var l))
                {
                    continue;
                }

                for (var k = 0; k < scores.Length; k++)
                {
                    scores[k] += l[k];
                }
            }
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. Labels.Select((label, k) => (label, exp[k] / sum)).OrderByDescending(x => x.Item2).ThenBy(x => x.label, StringComparer.Ordinal)];
    }

    private static float Parse(string s) => float.Parse(s, CultureInfo.InvariantCulture);
}
