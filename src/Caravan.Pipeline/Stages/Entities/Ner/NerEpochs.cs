namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The epoch loop the NER trainers share (<see cref="PerceptronNerTrainer"/>, <see cref="GreedyNerTrainer"/>):
/// each epoch visits the documents in a new order shuffled with the options' seed (training is deterministic),
/// gives every document a fresh <see cref="NerDocumentContext"/>, and logs the epoch's wrong tags.
/// </summary>
internal static class NerEpochs
{
    /// <summary>
    /// Runs <see cref="NerTrainingOptions.Epochs"/> passes; <paramref name="trainSentence"/> learns from sentence
    /// s of document d in that document's context and returns its number of wrong tags.
    /// </summary>
    public static void Run(
        string language,
        IReadOnlyList<List<NerSentence>> documents,
        NerTrainingOptions options,
        TextWriter? log,
        Func<int, int, NerDocumentContext, int> trainSentence)
    {
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long tokens = 0, errors = 0;
            foreach (var d in order)
            {
                var doc = documents[d];
                var context = new NerDocumentContext(doc);
                for (var s = 0; s < doc.Count; s++)
                {
                    tokens += doc[s].Count;
                    errors += trainSentence(d, s, context);
                }
            }

            log?.WriteLine(FormattableString.Invariant($"ner[{language}] epoch {epoch}: {errors} errors in {tokens} tokens"));
        }
    }
}
