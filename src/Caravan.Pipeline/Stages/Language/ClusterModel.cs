using System.Numerics;
using System.Runtime.CompilerServices;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// A linear model (multinomial logistic regression) that tells apart the languages of one cluster of
/// close languages (Malay and Indonesian, Bosnian, Croatian and Serbian ...) from the same hashed
/// <see cref="TextFeatures"/> the naive Bayes pass reads: a whole word (tagged with
/// <see cref="TextFeatures.WordTag"/>) and an n-gram of the same bucket are different features.
/// Weights are stored as signed bytes times <see cref="Scale"/>; a feature the model does not keep weighs 0.
/// </summary>
public sealed class ClusterModel
{
    private const uint Empty = uint.MaxValue;
    private readonly uint[] _table;
    private readonly int[] _rowOf;
    private readonly int _mask;

    /// <param name="script">The script the cluster's texts are written in.</param>
    /// <param name="codes">Its languages.</param>
    /// <param name="biases">Per language: the intercept of its linear score.</param>
    /// <param name="scale">Value of one weight step.</param>
    /// <param name="keys">The kept features (tagged buckets), ascending.</param>
    /// <param name="weights">Per kept feature, one weight per language (row-major).</param>
    public ClusterModel(WritingScript script, ImmutableArray<string> codes, float[] biases, float scale, uint[] keys, sbyte[] weights)
    {
        if (biases.Length != codes.Length || weights.Length != keys.Length * codes.Length)
        {
            throw new InvalidDataException($"cluster {string.Join(' ', codes)}: {biases.Length} biases and {weights.Length} weights for {codes.Length} languages and {keys.Length} features");
        }

        Script = script;
        Codes = codes;
        Biases = biases;
        Scale = scale;
        Keys = keys;
        Weights = weights;

        // Open addressing at most half full: a lookup is one or two probes.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, keys.Length * 2));
        _mask = capacity - 1;
        _table = new uint[capacity];
        _rowOf = new int[capacity];
        Array.Fill(_table, Empty);
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_table[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _table[slot] = keys[i];
            _rowOf[slot] = i * codes.Length;
        }
    }

    public WritingScript Script { get; }

    public ImmutableArray<string> Codes { get; }

    internal float[] Biases { get; }

    internal float Scale { get; }

    internal uint[] Keys { get; }

    internal sbyte[] Weights { get; }

    /// <summary>Writes each language's linear score (log-odds up to a constant) of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<uint> features, Span<double> scores)
    {
        var k = Codes.Length;
        Span<int> sums = stackalloc int[k];
        foreach (var f in features)
        {
            var slot = Slot(f);
            uint key;
            while ((key = _table[slot]) != Empty)
            {
                if (key == f)
                {
                    var row = _rowOf[slot];
                    for (var c = 0; c < k; c++)
                    {
                        sums[c] += Weights[row + c];
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        for (var c = 0; c < k; c++)
        {
            scores[c] = Biases[c] + (sums[c] * (double)Scale);
        }
    }

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> 7) & _mask;
}
