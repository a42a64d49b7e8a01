namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Trains a structured <see cref="PerceptronNerModel"/> as a linear-chain CRF (Lafferty et al. 2001) over the
/// perceptron's features, tags and moves, so the model file and the tagger (Viterbi) are the same. The objective is
/// the conditional log-likelihood of the gold BILOU sequences minus <see cref="NerTrainingOptions.L2"/> / 2 times
/// the squared norm of the weights, climbed by stochastic gradient, one sentence a step, with the rate
/// eta_t = eta_0 / (1 + eta_0 * lambda * t), lambda = L2 / sentences (Bottou 2010, "Large-scale machine learning
/// with stochastic gradient descent"; the schedule of his crfsgd). The L2 shrinkage of every weight at every step
/// is kept exact and O(1) by storing the weights as scale × values (Shalev-Shwartz et al. 2007), so a step
/// touches only the sentence's features. The gradient is the gold count minus the expected count under the
/// model (<see cref="CrfLattice"/>). As the perceptron's, the weights shipped are the average over all steps
/// (Polyak and Juditsky 1992: the averaged iterate of stochastic gradient is far less noisy than the last one).
/// The document features (the type last given to a word) read the tags Viterbi
/// gives under the current weights, as in the perceptron.
/// </summary>
internal static class CrfNerTrainer
{
    private const int K = BilouTags.Count;

    /// <summary>eta_0; the gradient of one token's feature is at most 1 in size, and a document has at most ~100 features a token.</summary>
    private const double InitialRate = 0.1;

    /// <summary>Expected counts below this are not added (most tags at most tokens have a marginal of ~0).</summary>
    private const double Negligible = 1e-6;

    public static PerceptronNerModel Train(
        string language,
        IReadOnlyList<List<NerSentence>> documents,
        NerLexicon lexicon,
        Gazetteer gazetteer,
        NerTrainingOptions options,
        TextWriter? log)
    {
        var weights = new NerWeights(options.Bits, K);
        var transitions = new NerTransitions();
        var features = new NerFeatures(lexicon, gazetteer);
        var staticCache = features.StaticOfTraining(documents);
        var tables = documents.Select(doc => doc.Select(s => NerTransitions.TablesOf(s, lexicon.Clusters)).ToArray()).ToArray();
        var gold = documents.Select(doc => doc.Select(s => BilouTags.FromIob(s.Gold!)).ToArray()).ToArray();
        var lambda = options.L2 / Math.Max(1, documents.Sum(d => d.Count));
        var state = new ScaledWeights(weights, transitions);
        var step = 0L;
        NerEpochs.Run(language, documents, options, log, (d, s, context) =>
        {
            var sentence = documents[d][s];
            var (hashes, offsets) = staticCache[d][s];
            var rate = InitialRate / (1 + (InitialRate * lambda * step++));
            var emissions = NerViterbi.Emissions(weights, hashes, offsets, sentence, context);
            var moves = Moves(transitions, tables[d][s]);
            state.Scale(emissions);
            state.Scale(moves);
            var guess = NerViterbi.Decode(moves, emissions);
            var lattice = CrfLattice.Of(emissions, moves, sentence.Count);
            state.Shrink(rate * lambda);
            UpdateEmissions(state, rate, sentence, hashes, offsets, context, gold[d][s], lattice);
            UpdateMoves(state, rate, tables[d][s], gold[d][s], lattice);
            state.EndStep();
            var iob = BilouTags.ToIob(guess);
            var errors = 0;
            for (var i = 0; i < sentence.Count; i++)
            {
                context.Record(sentence.Lower[i], iob[i]);
                errors += guess[i] == gold[d][s][i] ? 0 : 1;
            }

            return errors;
        });

        state.Average();
        return new PerceptronNerModel(language, lexicon, weights, gazetteer, EntityMemory.Build(documents), transitions);
    }

    /// <summary>The moves at every token of a sentence, at (i * K + p) * K + k (unscaled values).</summary>
    internal static float[] Moves(NerTransitions transitions, int[] tables)
    {
        var moves = new float[tables.Length * K * K];
        for (var i = 0; i < tables.Length; i++)
        {
            transitions.Moves(tables[i], moves.AsSpan(i * K * K, K * K));
        }

        return moves;
    }

    /// <summary>Emission gradient at each token: 1 for the gold tag minus the tag's marginal, for every feature of the token.</summary>
    private static void UpdateEmissions(ScaledWeights state, double rate, NerSentence sentence, uint[] hashes, int[] offsets,
        NerDocumentContext context, int[] gold, CrfLattice lattice)
    {
        Span<uint> document = stackalloc uint[2];
        Span<float> gradient = stackalloc float[K];
        for (var i = 0; i < gold.Length; i++)
        {
            for (var k = 0; k < K; k++)
            {
                gradient[k] = (float)((k == gold[i] ? 1 : 0) - lattice.Unary[(i * K) + k]);
            }

            var n = NerFeatures.Document(document, sentence, i, context);
            state.AddEmissions(hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), gradient, rate);
            state.AddEmissions(document[..n], gradient, rate);
        }
    }

    /// <summary>Move gradient at each token: 1 for the gold tag pair minus each pair's marginal, in the plain, shape and word tables.</summary>
    private static void UpdateMoves(ScaledWeights state, double rate, int[] tables, int[] gold, CrfLattice lattice)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            var goldPrevious = i == 0 ? BilouTags.Outside : gold[i - 1];
            for (var j = 0; j < K * K; j++)
            {
                var expected = lattice.Pairs[(i * K * K) + j];
                var g = (j == (goldPrevious * K) + gold[i] ? 1 : 0) - expected;
                if (Math.Abs(g) > Negligible)
                {
                    state.AddMove(tables[i], j / K, j % K, g * rate);
                }
            }
        }
    }

    /// <summary>
    /// The weights as scale × stored values: shrinking all of them is one multiplication of the scale, and an
    /// addition of x stores x / scale. The average of the weights over all steps is kept sparse too (Xu 2011,
    /// "Towards optimal one pass large scale learning with averaged stochastic gradient descent"): with A the sum of
    /// the scales so far, sum of scale_t × values_t = totals + A × values, where an addition of x to a stored value
    /// at step t subtracts A_(t-1) × x from its total. <see cref="Average"/> writes the averaged weights.
    /// </summary>
    private sealed class ScaledWeights(NerWeights weights, NerTransitions transitions)
    {
        private const double Smallest = 1e-9;
        private readonly float[] _totals = new float[weights.Values.Length];
        private readonly float[] _moveTotals = new float[transitions.Values.Length];
        private double _scale = 1;
        private double _scales;
        private long _steps;

        public void Scale(float[] scores)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                scores[j] = (float)(scores[j] * _scale);
            }
        }

        /// <summary>Starts a step: every weight times (1 - <paramref name="by"/>).</summary>
        public void Shrink(double by)
        {
            _scale *= 1 - by;
            if (_scale < Smallest)
            {
                // Values become the weights: the sum of scale × values is unchanged when the scale sum is divided too.
                foreach (var values in (float[][])[weights.Values, transitions.Values])
                {
                    for (var j = 0; j < values.Length; j++)
                    {
                        values[j] = (float)(values[j] * _scale);
                    }
                }

                _scales /= _scale;
                _scale = 1;
            }
        }

        public void AddEmissions(ReadOnlySpan<uint> features, ReadOnlySpan<float> gradient, double rate)
        {
            var values = weights.Values;
            var factor = (float)(rate / _scale);
            var total = (float)_scales;
            foreach (var f in features)
            {
                var start = (int)(f & weights.Mask) * K;
                for (var k = 0; k < K; k++)
                {
                    if (Math.Abs(gradient[k]) > Negligible)
                    {
                        var delta = gradient[k] * factor;
                        values[start + k] += delta;
                        _totals[start + k] -= total * delta;
                    }
                }
            }
        }

        public void AddMove(int packed, int previous, int tag, double delta) =>
            transitions.Add(packed, previous, tag, (float)(delta / _scale), _moveTotals, -_scales);

        /// <summary>Ends a step: its weights count in the average.</summary>
        public void EndStep()
        {
            _scales += _scale;
            _steps++;
        }

        /// <summary>Replaces the weights by their average over all steps.</summary>
        public void Average()
        {
            foreach (var (values, totals) in (ReadOnlySpan<(float[], float[])>)[(weights.Values, _totals), (transitions.Values, _moveTotals)])
            {
                for (var j = 0; j < values.Length; j++)
                {
                    values[j] = (float)((totals[j] + (_scales * values[j])) / Math.Max(1, _steps));
                }
            }
        }
    }
}
