using System.Text;
using Caravan.Core.Errors;
using Caravan.Core.Languages;
using Caravan.Pipeline.Training;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Where the data lies and what to produce for `caravan train ner`. <see cref="Epochs"/>,
/// <see cref="Bits"/>, <see cref="Decoder"/>, <see cref="Features"/>, <see cref="Seed"/>, <see cref="Trainer"/>, <see cref="L2"/> and <see cref="Mix"/> override the model's recipe
/// (<see cref="NerRecipes"/>) for experiments; another seed shuffles the training documents in another order, which
/// shows how much of a score difference is the luck of one order.
/// </summary>
public sealed record NerTrainingRequest(
    string DataDirectory,
    string OutputDirectory,
    string? FrequencyDirectory = null,
    int Folds = 5,
    int XxSentencesPerCorpus = 4000,
    int? Epochs = null,
    int? Bits = null,
    NerDecoder? Decoder = null,
    NerFeatureSet? Features = null,
    int? Seed = null,
    string CrossValidationDirectory = "artifacts/ner-cv",
    NerTrainer? Trainer = null,
    double? L2 = null,
    int? Mix = null);

/// <summary>
/// The training recipe behind `caravan train ner`: per language, reads its corpora, builds the
/// lexicon (frequency buckets, titles), trains and saves <c>&lt;lang&gt;.ner</c>, scores the dev
/// splits, and for dev-only corpora writes out-of-fold predictions (<c>artifacts/ner-cv/&lt;corpus&gt;.conll</c>,
/// never committed: they carry the corpus tokens).
/// </summary>
public static class NerTraining
{
    /// <summary>The recipe's settings with the request's overrides.</summary>
    internal static NerTrainingOptions Options(NerTrainingRequest request, NerTrainingOptions recipe) => recipe with
    {
        Epochs = request.Epochs ?? recipe.Epochs, Bits = request.Bits ?? recipe.Bits, Decoder = request.Decoder ?? recipe.Decoder,
        Features = request.Features ?? recipe.Features, Seed = request.Seed ?? recipe.Seed,
        Trainer = request.Trainer ?? recipe.Trainer, L2 = request.L2 ?? recipe.L2, Mix = request.Mix ?? recipe.Mix,
    };

    /// <summary>The first line printed per model: what is trained, and how.</summary>
    internal static string Describe(string language, NerTrainingOptions options, NerTrainingOptions recipe)
    {
        var kind = options.Decoder == NerDecoder.Greedy ? "greedy perceptron, IOB2"
            : options.Trainer == NerTrainer.Crf ? FormattableString.Invariant($"CRF (L2 {options.L2}), BILOU Viterbi")
            : "structured perceptron, BILOU Viterbi";
        var orders = options.Mix > 1
            ? FormattableString.Invariant($"seeds {options.Seed}-{options.Seed + options.Mix - 1} mixed")
            : FormattableString.Invariant($"seed {options.Seed}");
        return FormattableString.Invariant(
            $"ner[{language}] {kind}, {options.Epochs} epochs, 2^{options.Bits} rows, {orders}{(options.Features == NerFeatureSet.None ? "" : ", features " + options.Features)}{(options == recipe ? "" : " (recipe overridden)")}");
    }

    public static void Run(NerTrainingRequest request, string modelName, TextWriter log)
    {
        var language = modelName;
        var recipe = NerRecipes.For(language);
        var options = Options(request, recipe);
        log.WriteLine(Describe(language, options, recipe));
        var corpora = NerCorpora.For(language);
        var gazetteer = IcuGazetteer.Default;
        var lexicon = BuildLexicon(request, language, log);
        var sets = corpora.Select(c => (Corpus: c, Docs: Read(request, c, language))).ToList();
        foreach (var (corpus, docs) in sets.Where(s => s.Corpus.DevOnly && language != "xx" && request.Folds > 1))
        {
            var predicted = CrossValidate(language, sets, corpus, docs, lexicon, gazetteer, options, request.Folds);
            var path = Path.Combine(request.CrossValidationDirectory, corpus.Folder + ".conll");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ConllWriter.Write(docs, predicted), new UTF8Encoding(false));
            log.WriteLine(FormattableString.Invariant(
                $"ner[{language}] {corpus.Folder} {request.Folds}-fold CV F1(PER,ORG,LOC) {100 * NerScore.F1(Pairs(docs, predicted)):F2} -> {path}"));
        }

        var all = sets.SelectMany(s => s.Docs).ToList();
        var model = PerceptronNerTrainer.Train(language, all, lexicon, gazetteer, options, log);
        var modelPath = Path.Combine(request.OutputDirectory, language + ".ner");
        NerModelFile.Save(model, modelPath);
        log.WriteLine(FormattableString.Invariant($"ner[{language}] saved {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB)"));
        foreach (var corpus in corpora.Where(c => !c.DevOnly))
        {
            var dev = ConllDocuments.ReadTagged(Path.Combine(request.DataDirectory, corpus.Folder, "dev.conll"));
            var tagged = dev.Select(d => model.Tag(d)).ToList();
            log.WriteLine(FormattableString.Invariant(
                $"ner[{language}] {corpus.Folder} dev F1(PER,ORG,LOC) {100 * NerScore.F1(Pairs(dev, tagged)):F2}"));
        }
    }

    private static List<int[][]> CrossValidate(string language, List<(NerCorpus Corpus, List<List<NerSentence>> Docs)> sets,
        NerCorpus target, List<List<NerSentence>> docs, NerLexicon lexicon, Gazetteer gazetteer, NerTrainingOptions options, int folds)
    {
        var predicted = new int[docs.Count][][];
        var others = sets.Where(s => s.Corpus != target).SelectMany(s => s.Docs).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = others.Concat(docs.Where((_, i) => i % folds != fold)).ToList();
            var model = PerceptronNerTrainer.Train(language, train, lexicon, gazetteer, options);
            for (var i = fold; i < docs.Count; i += folds)
            {
                predicted[i] = model.Tag(docs[i]);
            }
        }

        return [.. predicted];
    }

    private static IEnumerable<(int[] Gold, int[] Predicted)> Pairs(List<List<NerSentence>> docs, IReadOnlyList<int[][]> predicted) =>
        docs.SelectMany((doc, d) => doc.Select((s, i) => (s.Gold!, predicted[d][i])));

    private static List<List<NerSentence>> Read(NerTrainingRequest request, NerCorpus corpus, string language)
    {
        var path = Path.Combine(request.DataDirectory, corpus.Folder, corpus.TrainFile);
        if (!File.Exists(path))
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: NER training file not found (expected under --data)");
        }

        var docs = ConllDocuments.ReadTagged(path);
        if (language != "xx")
        {
            return docs;
        }

        // The multilingual fallback sees an even sample of every corpus.
        var sentences = docs.Sum(d => d.Count);
        var every = Math.Max(1, sentences / request.XxSentencesPerCorpus);
        return [.. docs.Where((_, i) => i % every == 0)];
    }

    private static NerLexicon BuildLexicon(NerTrainingRequest request, string model, TextWriter log)
    {
        var language = NerCorpora.LanguageOf(model);
        var titles = (language == "xx" ? LanguageData.LanguagesWith("titles") : [language])
            .SelectMany(l => LanguageData.Lines(l, "titles"))
            .Select(t => t.ToLowerInvariant());
        var frequencyDir = request.FrequencyDirectory ?? Path.Combine(request.DataDirectory, "..", "corpora", "frequencywords");
        var file = FrequencyList.Find(frequencyDir, language);
        // The multilingual fallback has no language to cluster.
        var clusters = language == "xx" ? WordClusters.Empty : WordClusterBuilder.Build(ClusterText.Read(request.DataDirectory, language));
        var own = NerCorpora.For(model);
        var names = EntityMemory.Build(NerCorpora.For("xx").Where(c => !own.Contains(c)).Distinct()
            .Select(c => Path.Combine(request.DataDirectory, c.Folder, c.TrainFile))
            .Where(File.Exists)
            .SelectMany(ConllDocuments.ReadTagged));
        log.WriteLine(FormattableString.Invariant($"ner[{model}] {clusters.Count} words clustered, {names.Phrases.Count} names listed from the other corpora"));
        return new NerLexicon(file is null ? [] : NerLexicon.RankBuckets(FrequencyList.Read(file).Select(entry => NerSentence.FeatureForm(entry.Word)), 50_000), titles, clusters, names);
    }
}
