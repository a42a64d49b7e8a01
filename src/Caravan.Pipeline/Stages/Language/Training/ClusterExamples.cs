namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>One training text of a cluster: its language, weight and distinct features with their counts.</summary>
internal sealed record ClusterExample(int Language, double Weight, int[] Features, byte[] Counts);

/// <summary>
/// The training texts of one cluster, as the identifier will see them: every text of each member
/// language (its sources in <c>langid-sources.txt</c>) in the cluster's script, plus one word and one
/// pair of adjacent words drawn from each sentence, so that the model also learns what a headline
/// fragment or a single word says (the naive Bayes corpora are sentences and word lists). Each
/// language's examples are weighted so that every language of the cluster weighs the same.
/// Features are compact indices: a bucket, plus 2^bits for a whole word.
/// </summary>
internal static class ClusterExamples
{
    public static List<ClusterExample> Build(string corpusRoot, ClusterDefinition cluster, IReadOnlyList<LangidSource> sources, int bits, int seed)
    {
        var options = LanguageIdOptions.Default;
        var random = new Random(seed);
        var examples = new List<ClusterExample>();
        var totals = new double[cluster.Codes.Length];
        var buffer = new uint[4096];
        for (var c = 0; c < cluster.Codes.Length; c++)
        {
            foreach (var source in sources.Where(s => string.Equals(s.Language, cluster.Codes[c], StringComparison.Ordinal)))
            {
                foreach (var (text, weight) in source.Texts(corpusRoot))
                {
                    var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Add(text, c, weight);
                    if (words.Length >= 2)
                    {
                        Add(words[random.Next(words.Length)], c, weight);
                        var at = random.Next(words.Length - 1);
                        Add(words[at] + " " + words[at + 1], c, weight);
                    }
                }
            }
        }

        var mean = totals.Sum() / totals.Length;
        return [.. examples.Select(e => e with { Weight = e.Weight * mean / totals[e.Language] })];

        void Add(string raw, int language, int weight)
        {
            var text = TextFeatures.Compose(raw);
            var need = (TextFeatures.MaxOrder + 1) * (text.Length + 2);
            if (need > buffer.Length)
            {
                buffer = new uint[need];
            }

            Span<int> scripts = stackalloc int[WritingScripts.Count];
            var minOrder = text.Length > options.LongTextChars ? options.LongTextMinOrder : options.ShortTextMinOrder;
            var n = TextFeatures.Extract(text, bits, buffer, scripts, minOrder, tagWords: true);
            if (n == 0 || Dominant(scripts) != cluster.Script)
            {
                return;
            }

            var counts = new SortedDictionary<int, int>();
            foreach (var f in buffer.AsSpan(0, n))
            {
                var index = Compact(f, bits);
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }

            examples.Add(new ClusterExample(language, weight, [.. counts.Keys], [.. counts.Values.Select(v => (byte)Math.Min(255, v))]));
            totals[language] += weight;
        }
    }

    /// <summary>The compact index of a tagged feature: its bucket, plus 2^bits for a whole word.</summary>
    public static int Compact(uint feature, int bits) =>
        (int)(feature & ~TextFeatures.WordTag) | ((feature & TextFeatures.WordTag) != 0 ? 1 << bits : 0);

    /// <summary>The tagged feature of a compact index.</summary>
    public static uint Tagged(int index, int bits) =>
        (uint)(index & ((1 << bits) - 1)) | ((index >> bits) != 0 ? TextFeatures.WordTag : 0);

    private static WritingScript Dominant(ReadOnlySpan<int> scripts)
    {
        var best = 1;
        for (var s = 2; s < scripts.Length; s++)
        {
            best = scripts[s] > scripts[best] ? s : best;
        }

        return (WritingScript)best;
    }
}
