namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>
/// Trains the second-pass <see cref="ClusterModels"/>: per cluster, a multinomial logistic regression
/// over <see cref="ClusterExamples"/> fitted by FTRL-Proximal (McMahan et al. 2013, "Ad click prediction:
/// a view from the trenches": per-feature learning rates suit hashed n-grams of very different
/// frequencies), then cut to its <see cref="LangidTrainingOptions.ClusterFeatures"/> strongest features,
/// refitted on those alone and stored as signed bytes. Deterministic: examples are visited in an order
/// drawn from a fixed seed, one cluster per thread.
/// </summary>
public sealed class ClusterTrainer
{
    private readonly LangidTrainingOptions _options;

    public ClusterTrainer(LangidTrainingOptions? options = null)
    {
        _options = options ?? new LangidTrainingOptions();
    }

    public ClusterModels Train(string corpusRoot, IReadOnlyList<ClusterDefinition> clusters, IReadOnlyList<LangidSource> sources, Action<string>? progress = null)
    {
        var models = new ClusterModel[clusters.Count];
        Parallel.For(0, clusters.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, i =>
        {
            var examples = ClusterExamples.Build(corpusRoot, clusters[i], sources, _options.Bits, seed: i + 1);
            models[i] = Fit(clusters[i], examples, seed: i + 1);
            progress?.Invoke(FormattableString.Invariant(
                $"cluster {string.Join(' ', clusters[i].Codes)}: {examples.Count} examples, {models[i].Keys.Length} features kept"));
        });
        return new ClusterModels([.. models]);
    }

    private ClusterModel Fit(ClusterDefinition cluster, List<ClusterExample> examples, int seed)
    {
        var k = cluster.Codes.Length;
        var dimensions = 2 << _options.Bits;
        var all = new Ftrl(_options, k, dimensions);
        all.Run(examples, _options.ClusterEpochs, new Random(seed), allowed: null);

        // Keep the features that move the scores most, then refit on them alone (cut weights leave the rest miscalibrated).
        var importance = new double[dimensions];
        for (var f = 0; f < dimensions; f++)
        {
            for (var c = 0; c < k; c++)
            {
                importance[f] += Math.Abs(all.Weight(f, c));
            }
        }

        var kept = Enumerable.Range(0, dimensions)
            .Where(f => importance[f] > 0)
            .OrderByDescending(f => importance[f]).ThenBy(f => f)
            .Take(_options.ClusterFeatures)
            .Order()
            .ToArray();
        var allowed = new bool[dimensions];
        foreach (var f in kept)
        {
            allowed[f] = true;
        }

        var refit = new Ftrl(_options, k, dimensions);
        refit.Run(examples, _options.ClusterEpochs, new Random(seed), allowed);

        var max = 1e-9;
        foreach (var f in kept)
        {
            for (var c = 0; c < k; c++)
            {
                max = Math.Max(max, Math.Abs(refit.Weight(f, c)));
            }
        }

        var scale = (float)(max / 127);
        var weights = new sbyte[kept.Length * k];
        for (var i = 0; i < kept.Length; i++)
        {
            for (var c = 0; c < k; c++)
            {
                weights[(i * k) + c] = (sbyte)Math.Clamp(Math.Round(refit.Weight(kept[i], c) / scale), -127, 127);
            }
        }

        // Compact indices map to tagged features in the same order (words, tagged with the top bit, after n-grams).
        var keys = kept.Select(f => ClusterExamples.Tagged(f, _options.Bits)).ToArray();
        var biases = Enumerable.Range(0, k).Select(c => (float)refit.Bias(c)).ToArray();
        return new ClusterModel(cluster.Script, cluster.Codes, biases, scale, keys, weights);
    }

    /// <summary>FTRL-Proximal state for k classes over a hashed feature space, plus one bias per class.</summary>
    private sealed class Ftrl(LangidTrainingOptions options, int k, int dimensions)
    {
        private readonly double[] _z = new double[(dimensions + 1) * k];
        private readonly double[] _n = new double[(dimensions + 1) * k];

        public double Weight(int f, int c) => W((f * k) + c, options.ClusterL1);

        public double Bias(int c) => W((dimensions * k) + c, 0);

        public void Run(List<ClusterExample> examples, int epochs, Random random, bool[]? allowed)
        {
            var order = Enumerable.Range(0, examples.Count).ToArray();
            var scores = new double[k];
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var e in order)
                {
                    Step(examples[e], scores, allowed);
                }
            }
        }

        private void Step(ClusterExample example, double[] scores, bool[]? allowed)
        {
            for (var c = 0; c < k; c++)
            {
                scores[c] = Bias(c);
            }

            for (var i = 0; i < example.Features.Length; i++)
            {
                var f = example.Features[i];
                if (allowed is null || allowed[f])
                {
                    for (var c = 0; c < k; c++)
                    {
                        scores[c] += Weight(f, c) * example.Counts[i];
                    }
                }
            }

            var max = scores.Max();
            var total = 0.0;
            for (var c = 0; c < k; c++)
            {
                scores[c] = Math.Exp(scores[c] - max);
                total += scores[c];
            }

            for (var c = 0; c < k; c++)
            {
                // d(loss)/d(score_c) for the cross-entropy of a softmax, times the example's weight.
                var g = example.Weight * ((scores[c] / total) - (c == example.Language ? 1 : 0));
                Update((dimensions * k) + c, g, 0);
                for (var i = 0; i < example.Features.Length; i++)
                {
                    var f = example.Features[i];
                    if (allowed is null || allowed[f])
                    {
                        Update((f * k) + c, g * example.Counts[i], options.ClusterL1);
                    }
                }
            }
        }

        private void Update(int at, double g, double l1)
        {
            var w = W(at, l1);
            var sigma = (Math.Sqrt(_n[at] + (g * g)) - Math.Sqrt(_n[at])) / options.ClusterAlpha;
            _z[at] += g - (sigma * w);
            _n[at] += g * g;
        }

        private double W(int at, double l1)
        {
            var z = _z[at];
            return Math.Abs(z) <= l1
                ? 0
                : -(z - (Math.Sign(z) * l1)) / (((1 + Math.Sqrt(_n[at])) / options.ClusterAlpha) + options.ClusterL2);
        }
    }
}
