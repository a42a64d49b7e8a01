using System.Globalization;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Finds word boundaries in a run of an unspaced script (Chinese, Japanese) with a unigram model: the split whose
/// words have the highest product of corpus probabilities (Viterbi over the run). A character the vocabulary lacks is a
/// word of its own at the probability of a word seen half a time, so an unknown name (拜登, 特朗普) falls apart into
/// single characters instead of being glued to a known neighbour. Immutable and thread-safe once built.
/// </summary>
public sealed class WordSegmenter
{
    private readonly Dictionary<string, float> _cost;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float _unknownCost;
    private readonly int _longest;

    /// <summary>A segmenter over <c>word count</c> entries (counts of occurrences in a corpus).</summary>
    public WordSegmenter(IEnumerable<(string Word, long Count)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Where(w => w.Count > 0 && w.Word.Length > 0).ToList();
        var total = Math.Max(1.0, list.Sum(w => (double)w.Count));
        _cost = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (word, count) in list)
        {
            _cost.TryAdd(word, (float)Math.Log(total / count));
        }

        _lookup = _cost.GetAlternateLookup<ReadOnlySpan<char>>();
        _unknownCost = (float)Math.Log(total / 0.5);
        _longest = _cost.Count == 0 ? 1 : _cost.Keys.Max(w => w.Length);
    }

    /// <summary>Number of words in the vocabulary.</summary>
    public int Count => _cost.Count;

    /// <summary>
    /// Reads <c>word&lt;TAB&gt;count</c> lines (the format <c>caravan train lexicon</c> writes as
    /// <c>&lt;lang&gt;.words.tsv.gz</c>); other lines are skipped.
    /// </summary>
    public static WordSegmenter Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<(string, long)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && long.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                words.Add((line[..tab], count));
            }
        }

        return new WordSegmenter(words);
    }

    /// <summary>The lengths of the words of <paramref name="run"/>, in order (they sum to its length).</summary>
    public int[] Segment(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty)
        {
            return [];
        }

        var best = new float[run.Length + 1];
        var step = new int[run.Length + 1];
        for (var end = 1; end <= run.Length; end++)
        {
            best[end] = best[end - 1] + (_lookup.TryGetValue(run.Slice(end - 1, 1), out var single) ? single : _unknownCost);
            step[end] = 1;
            for (var length = 2; length <= Math.Min(_longest, end); length++)
            {
                if (_lookup.TryGetValue(run.Slice(end - length, length), out var cost) && best[end - length] + cost < best[end])
                {
                    best[end] = best[end - length] + cost;
                    step[end] = length;
                }
            }
        }

        var lengths = new List<int>();
        for (var end = run.Length; end > 0; end -= step[end])
        {
            lengths.Add(step[end]);
        }

        lengths.Reverse();
        return [.. lengths];
    }

    /// <summary>
    /// For each pair of neighbours (j, j + 1) of <paramref name="run"/>, whether it may stand for a word: false when a
    /// word boundary lies between them and a word of two or more characters ends or starts there (a pair straddling two
    /// known words, as 球队 in 篮球|队员, is an accident of the text); pairs inside a word, or between single characters
    /// (unknown names), stay.
    /// </summary>
    public bool[] PairsWithinWords(ReadOnlySpan<char> run)
    {
        var pairs = new bool[Math.Max(0, run.Length - 1)];
        var lengths = Segment(run);
        var start = 0;
        for (var w = 0; w < lengths.Length; w++)
        {
            var end = start + lengths[w];
            for (var j = start; j + 1 < end; j++)
            {
                pairs[j] = true;
            }

            if (end < run.Length)
            {
                pairs[end - 1] = lengths[w] == 1 && lengths[w + 1] == 1;
            }

            start = end;
        }

        return pairs;
    }
}
