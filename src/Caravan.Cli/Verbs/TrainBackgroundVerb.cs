using System.CommandLine;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Stories;
using Caravan.Pipeline.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train background`: general-language document shares of stems, for story clustering's idf.</summary>
internal static class TrainBackgroundVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The corpora folder (holds frequencywords/2018/)", DefaultValueFactory = _ => "../shared/data/corpora" };
        var output = new Option<string?>("--out") { Description = "Output file (default: models/stories/background.tsv.gz)" };
        var command = new Command("background", "Train the background term frequencies used by story clustering.") { data, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var path = parse.GetValue(output) ?? Path.Combine(ModelCatalog.Default.Directory, BackgroundFrequency.ModelPath);
            new BackgroundTrainer().Train(parse.GetValue(data)!, path, Console.Error);
            return 0;
        }));
        return command;
    }
}
