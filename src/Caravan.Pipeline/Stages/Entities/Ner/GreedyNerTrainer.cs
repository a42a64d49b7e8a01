namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Trains a greedy <see cref="PerceptronNerModel"/> (IOB2, decoded left to right with the two previous
/// tags as features) with the averaged perceptron (Collins 2002): an update at every wrong tag, the gold
/// tags as history (teacher forcing), weights averaged over all steps (lazy averaging after Daumé).
/// Kept for the models whose recipe (<see cref="NerRecipes"/>) still scores better greedy than
/// structured (RONEC: 72.60 against 72.35 cross-validated, session 10). Deterministic, as
/// <see cref="PerceptronNerTrainer"/>.
/// </summary>
internal static class GreedyNerTrainer
{
    public static PerceptronNerModel Train(
        string language,
        IReadOnlyList<List<NerSentence>> documents,
        NerLexicon lexicon,
        Gazetteer gazetteer,
        NerTrainingOptions options,
        TextWriter? log)
    {
        var weights = new NerWeights(options.Bits, NerTags.Count);
        var features = new NerFeatures(lexicon, gazetteer);
        var staticCache = features.StaticOfTraining(documents);
        var totals = new float[weights.Values.Length];
        var step = 1L;
        NerEpochs.Run(language, documents, options, log, (d, s, context) =>
        {
            Span<float> scores = stackalloc float[NerTags.Count];
            Span<uint> dynamic = stackalloc uint[NerFeatures.MaxDynamic];
            var sentence = documents[d][s];
            var (hashes, offsets) = staticCache[d][s];
            var prev = NerTags.Outside;
            var prev2 = NerTags.Outside;
            var errors = 0;
            for (var i = 0; i < sentence.Count; i++, step++)
            {
                var own = hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
                var n = NerFeatures.Dynamic(dynamic, sentence, i, prev, prev2, context);
                scores.Clear();
                weights.Score(own, scores);
                weights.Score(dynamic[..n], scores);
                var guess = NerWeights.Best(scores, prev);
                var gold = sentence.Gold![i];
                if (guess != gold)
                {
                    errors++;
                    Update(weights, totals, own, gold, guess, step);
                    Update(weights, totals, dynamic[..n], gold, guess, step);
                }

                context.Record(sentence.Lower[i], guess);
                prev2 = prev;
                prev = gold; // teacher forcing: the history is the gold tags, so no target is ever forbidden by IOB2
            }

            return errors;
        });

        PerceptronNerTrainer.Average(weights.Values, totals, step);
        return new PerceptronNerModel(language, lexicon, weights, gazetteer, EntityMemory.Build(documents));
    }

    private static void Update(NerWeights weights, float[] totals, ReadOnlySpan<uint> features, int gold, int guess, long step)
    {
        var w = weights.Values;
        foreach (var f in features)
        {
            var row = (int)(f & weights.Mask) * NerTags.Count;
            w[row + gold] += 1;
            w[row + guess] -= 1;
            totals[row + gold] += step;
            totals[row + guess] -= step;
        }
    }
}
