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
        var command = new Command("langid", "Train the language identifier from SIB-200, NTREX-128, Tatoeba, FrequencyWords and UD.")
        {
            corpus, output, threads,
        };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var root = parse.GetValue(corpus)!;
            var outDir = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            var trainer = new LangidTrainer(new LangidTrainingOptions(Threads: Math.Max(1, parse.GetValue(threads))));
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
