using System.CommandLine;
using System.Diagnostics;
using Caravan.Pipeline.Stages.Language;
using Caravan.Pipeline.Stages.Language.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train langid --corpus DIR [--out DIR]`: rebuilds models/langid/langid.bin.</summary>
internal static class TrainLangidVerb
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of the training corpora (../shared/data/corpora).", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "models/langid" };
        var threads = new Option<int>("--threads") { Description = "Languages trained in parallel.", DefaultValueFactory = _ => 1 };
        var defaults = new LangidTrainingOptions();
        var maxFeatures = new Option<int>("--max-features") { Description = "Buckets kept per language.", DefaultValueFactory = _ => defaults.MaxFeaturesPerLanguage };
        var shrink = new Option<double>("--unseen-shrink") { Description = "0..1: pull of unseen-feature probabilities toward the median corpus.", DefaultValueFactory = _ => defaults.UnseenShrink };
        var alpha = new Option<double>("--alpha") { Description = "Additive smoothing.", DefaultValueFactory = _ => defaults.Alpha };
        var minCount = new Option<int>("--min-count") { Description = "Buckets seen fewer times in a language are dropped for it.", DefaultValueFactory = _ => defaults.MinCount };
        var command = new Command("langid", "Train the language identifier from SIB-200, NTREX-128, Tatoeba, FrequencyWords and UD.")
        {
            corpus, output, threads, maxFeatures, shrink, alpha, minCount,
        };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var root = parse.GetValue(corpus)!;
            var outDir = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            var trainer = new LangidTrainer(defaults with
            {
                Threads = Math.Max(1, parse.GetValue(threads)),
                MaxFeaturesPerLanguage = parse.GetValue(maxFeatures),
                UnseenShrink = parse.GetValue(shrink),
                Alpha = parse.GetValue(alpha),
                MinCount = parse.GetValue(minCount),
            });
            var model = trainer.Train(root, LangidSource.Listed(), line => Console.Error.WriteLine(line));
            Directory.CreateDirectory(outDir);
            var path = Path.Combine(outDir, Path.GetFileName(NaiveBayesLanguageIdentifier.ModelPath));
            model.Save(path);
            Console.Error.WriteLine(FormattableString.Invariant(
                $"wrote {path}: {model.Languages.Length} languages, {new FileInfo(path).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0} s"));
            return 0;
        }));
        return command;
    }
}
