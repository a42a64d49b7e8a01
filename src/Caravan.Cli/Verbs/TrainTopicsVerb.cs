using System.CommandLine;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Summaries;
using Caravan.Pipeline.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train topics`: the story topic classifier from SIB-200's labelled sentences (needs the lexicons).</summary>
internal static class TrainTopicsVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The corpora folder (holds sib200/)", DefaultValueFactory = _ => "../shared/data/corpora" };
        var output = new Option<string?>("--out") { Description = "Output file (default: models/stories/topics.tsv.gz)" };
        var command = new Command("topics", "Train the story topic classifier.") { data, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var corpora = parse.GetValue(data)!;
            var path = parse.GetValue(output) ?? Path.Combine(ModelCatalog.Default.Directory, TopicClassifier.ModelPath);
            var lexicon = Lexicon.Open(ModelCatalog.Default);
            new TopicTrainer().Train(corpora, lexicon, path, Console.Error);
            using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
            var classifier = TopicClassifier.Read(reader, lexicon);
            foreach (var folder in new[] { "eng_Latn", "deu_Latn", "ron_Latn", "rus_Cyrl", "fra_Latn", "jpn_Jpan" })
            {
                Console.Error.WriteLine(FormattableString.Invariant($"dev accuracy {folder}: {TopicTrainer.Evaluate(classifier, corpora, folder):0.000}"));
            }

            return 0;
        }));
        return command;
    }
}
