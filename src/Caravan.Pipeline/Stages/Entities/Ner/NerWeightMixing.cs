namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Weight mixing (parameter averaging over training orders): the recipe is trained K times, with the seeds s, s+1, ...,
/// s+K-1 (each a different document order), and the shipped model's emission weights and dense transition tables are
/// the element-wise mean of the K members'. Everything else in a model (lexicon, classes, name lists, the memory of
/// the training names) does not depend on the order, so it is the first member's. Same file size and tagging speed
/// as one run, K times the training time. Works alike for the perceptron, greedy and CRF models: each is linear in
/// its weights, and every member shares the feature hashing.
/// </summary>
internal static class NerWeightMixing
{
    /// <summary>Trains <see cref="NerTrainingOptions.Mix"/> members (each with Mix 1) and returns their mean.</summary>
    public static PerceptronNerModel Train(
        string language,
        IReadOnlyList<List<NerSentence>> documents,
        NerLexicon lexicon,
        Gazetteer gazetteer,
        NerTrainingOptions options,
        TextWriter? log)
    {
        var members = Enumerable.Range(0, options.Mix)
            .Select(i => PerceptronNerTrainer.Train(language, documents, lexicon, gazetteer, options with { Seed = options.Seed + i, Mix = 1 }, log))
            .ToList();
        return Mean(members);
    }

    /// <summary>The model whose weights and transitions are the element-wise mean of the members'.</summary>
    public static PerceptronNerModel Mean(IReadOnlyList<PerceptronNerModel> members)
    {
        var first = members[0];
        var weights = new NerWeights(first.Weights.Bits, first.Weights.Width, MeanOf(members.Select(m => m.Weights.Values).ToList()));
        var transitions = first.Transitions is null ? null : new NerTransitions(MeanOf(members.Select(m => m.Transitions!.Values).ToList()));
        return new PerceptronNerModel(first.Language, first.Lexicon, weights, first.Gazetteer, first.Memory, transitions);
    }

    // Summed in double in member order, so the mean is the same on every machine.
    private static float[] MeanOf(IReadOnlyList<float[]> tables)
    {
        var mean = new float[tables[0].Length];
        for (var i = 0; i < mean.Length; i++)
        {
            var sum = 0.0;
            foreach (var table in tables)
            {
                sum += table[i];
            }

            mean[i] = (float)(sum / tables.Count);
        }

        return mean;
    }
}
