using System.Runtime.CompilerServices;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// The identifier's second pass: when the naive Bayes favourite and a close rival belong to one
/// cluster (<see cref="ClusterModels"/>), that cluster's linear model re-weighs them. Naive Bayes counts
/// every shared n-gram of two close languages as independent evidence, so chance differences in
/// their frequencies decide; a discriminative model learns which few features tell them apart.
/// Texts outside a cluster (most of them) cost one table lookup.
/// </summary>
public sealed class ClusterRefiner
{
    private readonly ClusterModels _models;
    private readonly LanguageIdOptions _options;
    private readonly int _classes;

    // Per script and class: the cluster index of the class's language in that script, or -1.
    private readonly int[] _clusterOf;

    // Per cluster: the cluster-language index of each class, or -1.
    private readonly int[][] _memberOf;

    public ClusterRefiner(ClusterModels models, ImmutableArray<string> classes, LanguageIdOptions options)
    {
        _models = models;
        _options = options;
        _classes = classes.Length;
        _clusterOf = new int[WritingScripts.Count * _classes];
        Array.Fill(_clusterOf, -1);
        _memberOf = new int[models.Clusters.Length][];
        for (var i = 0; i < models.Clusters.Length; i++)
        {
            var cluster = models.Clusters[i];
            _memberOf[i] = [.. classes.Select(code => cluster.Codes.IndexOf(code, StringComparer.Ordinal))];
            for (var l = 0; l < _classes; l++)
            {
                var at = ((int)cluster.Script * _classes) + l;
                if (_memberOf[i][l] >= 0 && _clusterOf[at] < 0)
                {
                    _clusterOf[at] = i;
                }
            }
        }
    }

    /// <summary>
    /// Adjusts <paramref name="scores"/> (naive Bayes log-likelihoods per class, <paramref name="top"/> the best)
    /// of a text in <paramref name="script"/>: when a rival of the top class's cluster is within
    /// <see cref="LanguageIdOptions.ClusterMargin"/> (in softmax units of <paramref name="temperature"/>), each
    /// member gets <see cref="LanguageIdOptions.ClusterWeight"/> times its linear log-odds against the cluster's
    /// best. Returns the new best score.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Refine(Span<double> scores, int top, ReadOnlySpan<uint> features, int script, double temperature)
    {
        var best = scores[top];
        var index = _clusterOf[(script * _classes) + top];
        if (index < 0)
        {
            return best;
        }

        var member = _memberOf[index];
        var rival = double.NegativeInfinity;
        for (var l = 0; l < _classes; l++)
        {
            if (member[l] >= 0 && l != top && member[l] != member[top])
            {
                rival = Math.Max(rival, scores[l]);
            }
        }

        if ((rival - best) / temperature < -_options.ClusterMargin)
        {
            return best;
        }

        var cluster = _models.Clusters[index];
        Span<double> linear = stackalloc double[cluster.Codes.Length];
        cluster.Score(features, linear);
        var max = double.NegativeInfinity;
        foreach (var s in linear)
        {
            max = Math.Max(max, s);
        }

        var step = temperature * _options.ClusterWeight;
        best = double.NegativeInfinity;
        for (var l = 0; l < _classes; l++)
        {
            if (member[l] >= 0)
            {
                scores[l] += step * (linear[member[l]] - max);
            }

            best = Math.Max(best, scores[l]);
        }

        return best;
    }
}
