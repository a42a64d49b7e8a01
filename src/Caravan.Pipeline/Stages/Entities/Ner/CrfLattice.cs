namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Forward-backward over the BILOU lattice of one sentence for the linear-chain CRF (Lafferty et al. 2001):
/// the log partition function and the marginal probabilities of every tag and of every move between tags.
/// The lattice is the one <see cref="NerViterbi"/> decodes: the sentence start counts as O, forbidden moves
/// score negative infinity, and a sentence may end only where <see cref="BilouTags.CanEnd"/> holds.
/// Computed in scaled probability space (Rabiner 1989: each forward column normalised to sum 1), with each
/// token's emissions and moves shifted by their maximum before exponentiation, so that only K² + K
/// exponentials are taken per token and nothing overflows. Invariant: every row of <see cref="Unary"/> and every
/// token's block of <see cref="Pairs"/> sums to 1; the marginals are the gradient of <see cref="LogPartition"/>.
/// </summary>
internal sealed class CrfLattice
{
    private const int K = BilouTags.Count;

    private CrfLattice(double logPartition, double[] unary, double[] pairs)
    {
        LogPartition = logPartition;
        Unary = unary;
        Pairs = pairs;
    }

    /// <summary>log Z: the log of the summed exponentiated scores of every allowed tag sequence.</summary>
    public double LogPartition { get; }

    /// <summary>P(tag k at token i), at i * K + k.</summary>
    public double[] Unary { get; }

    /// <summary>P(tag p at token i - 1 and tag k at token i), at (i * K + p) * K + k; at token 0 the previous tag is O.</summary>
    public double[] Pairs { get; }

    /// <summary>
    /// The lattice of <paramref name="n"/> tokens: emissions at i * K + k, moves (with the BILOU constraints as
    /// negative infinity, as <see cref="NerTransitions.Moves"/> writes them) at (i * K + p) * K + k.
    /// </summary>
    public static CrfLattice Of(ReadOnlySpan<float> emissions, ReadOnlySpan<float> moves, int n)
    {
        if (n == 0)
        {
            return new CrfLattice(0, [], []);
        }

        // potential[i, p, k] = exp(move + emission - shift_i); the shifts add up to the part of log Z taken out.
        var potential = new double[n * K * K];
        var logZ = 0.0;
        for (var i = 0; i < n; i++)
        {
            var max = float.NegativeInfinity;
            for (var j = 0; j < K * K; j++)
            {
                max = Math.Max(max, moves[(i * K * K) + j] + emissions[(i * K) + (j % K)]);
            }

            for (var j = 0; j < K * K; j++)
            {
                potential[(i * K * K) + j] = Math.Exp(moves[(i * K * K) + j] + emissions[(i * K) + (j % K)] - max);
            }

            logZ += max;
        }

        // Forward, each column normalised to 1 by its scale c_i.
        var alpha = new double[n * K];
        var scale = new double[n];
        for (var k = 0; k < K; k++)
        {
            alpha[k] = potential[(BilouTags.Outside * K) + k];
        }

        logZ += Normalise(alpha.AsSpan(0, K), scale, 0);
        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < K; p++)
            {
                var from = alpha[((i - 1) * K) + p];
                if (from == 0)
                {
                    continue;
                }

                for (var k = 0; k < K; k++)
                {
                    alpha[(i * K) + k] += from * potential[(((i * K) + p) * K) + k];
                }
            }

            logZ += Normalise(alpha.AsSpan(i * K, K), scale, i);
        }

        var end = 0.0;
        for (var k = 0; k < K; k++)
        {
            end += BilouTags.CanEnd(k) ? alpha[((n - 1) * K) + k] : 0;
        }

        logZ += Math.Log(end);

        // Backward, scaled so that alpha_i[k] * beta_i[k] is the marginal of tag k at token i.
        var beta = new double[n * K];
        for (var k = 0; k < K; k++)
        {
            beta[((n - 1) * K) + k] = BilouTags.CanEnd(k) ? 1 / end : 0;
        }

        for (var i = n - 1; i > 0; i--)
        {
            for (var p = 0; p < K; p++)
            {
                var sum = 0.0;
                for (var k = 0; k < K; k++)
                {
                    sum += potential[(((i * K) + p) * K) + k] * beta[(i * K) + k];
                }

                beta[((i - 1) * K) + p] = sum / scale[i];
            }
        }

        var unary = new double[n * K];
        for (var j = 0; j < n * K; j++)
        {
            unary[j] = alpha[j] * beta[j];
        }

        var pairs = new double[n * K * K];
        for (var k = 0; k < K; k++)
        {
            pairs[(BilouTags.Outside * K) + k] = unary[k];
        }

        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < K; p++)
            {
                var from = alpha[((i - 1) * K) + p] / scale[i];
                for (var k = 0; k < K; k++)
                {
                    var cell = (((i * K) + p) * K) + k;
                    pairs[cell] = from * potential[cell] * beta[(i * K) + k];
                }
            }
        }

        return new CrfLattice(logZ, unary, pairs);
    }

    /// <summary>The score of one tag sequence: its emissions and moves summed (the log of its unnormalised probability).</summary>
    public static double Score(ReadOnlySpan<float> emissions, ReadOnlySpan<float> moves, ReadOnlySpan<int> tags)
    {
        var score = 0.0;
        for (var i = 0; i < tags.Length; i++)
        {
            var previous = i == 0 ? BilouTags.Outside : tags[i - 1];
            score += emissions[(i * K) + tags[i]] + moves[(((i * K) + previous) * K) + tags[i]];
        }

        return score;
    }

    private static double Normalise(Span<double> column, double[] scale, int i)
    {
        var sum = 0.0;
        foreach (var v in column)
        {
            sum += v;
        }

        foreach (ref var v in column)
        {
            v /= sum;
        }

        scale[i] = sum;
        return Math.Log(sum);
    }
}
