namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>How a model decodes: structured (Viterbi over BILOU tags) or greedy (IOB2, left to right).</summary>
public enum NerDecoder
{
    Viterbi,
    Greedy,
}

/// <summary>How a structured model is trained: averaged perceptron or linear-chain CRF (<see cref="CrfNerTrainer"/>).</summary>
public enum NerTrainer
{
    Perceptron,
    Crf,
}

/// <summary>
/// Training settings: epochs, hash table size (2^bits rows), shuffling seed, decoder, optional feature templates,
/// trainer, the CRF's L2 strength (the weight of half the squared norm against the summed log-likelihood; 0.1 was
/// the best of 0.01-10 in RONEC 5-fold CV, docs/benchmarks/ner.md, session 13), and the number of training orders
/// whose weights are mixed into one model (<see cref="NerWeightMixing"/>; 1: one run).
/// </summary>
public sealed record NerTrainingOptions(
    int Epochs = 10, int Bits = 20, int Seed = 1, NerDecoder Decoder = NerDecoder.Viterbi, NerFeatureSet Features = NerFeatureSet.None,
    NerTrainer Trainer = NerTrainer.Perceptron, double L2 = 0.1, int Mix = 1);

/// <summary>
/// Trains a structured <see cref="PerceptronNerModel"/> with the averaged structured perceptron
/// (Collins 2002): each sentence is decoded with Viterbi over BILOU tags under the current weights;
/// where the best sequence differs from the gold one, the gold features gain and the predicted ones
/// lose, emissions at the wrong tokens and transitions at the wrong tag pairs. Weights are averaged
/// over all sentences (lazy averaging after Daumé, so an update costs O(features)). Documents are
/// shuffled each epoch with a fixed seed: training is deterministic. Options with
/// <see cref="NerDecoder.Greedy"/> train a greedy model instead (<see cref="GreedyNerTrainer"/>), options with
/// <see cref="NerTrainer.Crf"/> a CRF over the same features (<see cref="CrfNerTrainer"/>), options with a
/// <see cref="NerTrainingOptions.Mix"/> above 1 the mean of that many runs (<see cref="NerWeightMixing"/>).
/// </summary>
public static class PerceptronNerTrainer
{
    public static PerceptronNerModel Train(
        string language,
        IReadOnlyList<List<NerSentence>> documents,
        NerLexicon lexicon,
        Gazetteer gazetteer,
        NerTrainingOptions options,
        TextWriter? log = null)
    {
        if (options.Mix > 1)
        {
            return NerWeightMixing.Train(language, documents, lexicon, gazetteer, options, log);
        }

        lexicon = lexicon.With(options.Features);
        // Read the documents as the model will read text (stripped of lost letters where the recipe says so).
        documents = LostLetters.Apply(lexicon.Features, documents);
        if (options.Decoder == NerDecoder.Greedy)
        {
            return GreedyNerTrainer.Train(language, documents, lexicon, gazetteer, options, log);
        }

        if (options.Trainer == NerTrainer.Crf)
        {
            return CrfNerTrainer.Train(language, documents, lexicon, gazetteer, options, log);
        }

        var weights = new NerWeights(options.Bits, BilouTags.Count);
        var transitions = new NerTransitions();
        var features = new NerFeatures(lexicon, gazetteer);
        var staticCache = features.StaticOfTraining(documents);
        var tables = documents.Select(doc => doc.Select(s => NerTransitions.TablesOf(s, lexicon.Clusters)).ToArray()).ToArray();
        var gold = documents.Select(doc => doc.Select(s => BilouTags.FromIob(s.Gold!)).ToArray()).ToArray();
        var totals = new float[weights.Values.Length];
        var moveTotals = new float[NerTransitions.Length];
        var step = 1L;
        NerEpochs.Run(language, documents, options, log, (d, s, context) =>
        {
            var sentence = documents[d][s];
            var (hashes, offsets) = staticCache[d][s];
            var guess = NerViterbi.Decode(transitions, tables[d][s], NerViterbi.Emissions(weights, hashes, offsets, sentence, context));
            var errors = Update(weights, totals, step, sentence, hashes, offsets, context, gold[d][s], guess);
            UpdateMoves(transitions, moveTotals, step, tables[d][s], gold[d][s], guess);
            var iob = BilouTags.ToIob(guess);
            for (var i = 0; i < sentence.Count; i++)
            {
                context.Record(sentence.Lower[i], iob[i]);
            }

            step++;
            return errors;
        });

        Average(weights.Values, totals, step);
        Average(transitions.Values, moveTotals, step);
        return new PerceptronNerModel(language, lexicon, weights, gazetteer, EntityMemory.Build(documents), transitions);
    }

    /// <summary>Averaged weights: w - (sum of step * delta) / steps.</summary>
    internal static void Average(float[] values, float[] totals, long step)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] -= totals[i] / step;
        }
    }

    /// <summary>The emission update of one sentence (the wrong tokens); returns the number of wrong tags.</summary>
    private static int Update(NerWeights weights, float[] totals, long step, NerSentence sentence, uint[] hashes, int[] offsets,
        NerDocumentContext context, int[] gold, int[] guess)
    {
        var wrong = 0;
        Span<uint> document = stackalloc uint[2];
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != guess[i])
            {
                wrong++;
                var own = hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
                var n = NerFeatures.Document(document, sentence, i, context);
                weights.Add(own, gold[i], 1, totals, step);
                weights.Add(own, guess[i], -1, totals, step);
                weights.Add(document[..n], gold[i], 1, totals, step);
                weights.Add(document[..n], guess[i], -1, totals, step);
            }
        }

        return wrong;
    }

    /// <summary>The update of the moves: where the gold and the guessed tag pair differ at a token.</summary>
    private static void UpdateMoves(NerTransitions transitions, float[] totals, long step, int[] tables, int[] gold, int[] guess)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            var goldPrevious = i == 0 ? BilouTags.Outside : gold[i - 1];
            var guessPrevious = i == 0 ? BilouTags.Outside : guess[i - 1];
            if (gold[i] != guess[i] || goldPrevious != guessPrevious)
            {
                transitions.Add(tables[i], goldPrevious, gold[i], 1, totals, step);
                transitions.Add(tables[i], guessPrevious, guess[i], -1, totals, step);
            }
        }
    }
}
