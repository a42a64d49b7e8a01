using System.CommandLine;
using Caravan.Core.Languages;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Stages.Stories;
using Caravan.Pipeline.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train background`: general-language document shares of stems, for story clustering's idf.</summary>
internal static class TrainBackgroundVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The corpora folder (holds frequencywords/2018/)", DefaultValueFactory = _ => "../shared/data/corpora" };
        var output = new Option<string?>("--out") { Description = "Output file (default: models/stories/background.tsv.gz; places.tsv.gz is written beside it)" };
        var command = new Command("background", "Train the background term frequencies used by story clustering.") { data, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var path = parse.GetValue(output) ?? Path.Combine(ModelCatalog.Default.Directory, BackgroundFrequency.ModelPath);
            var places = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(PlaceNames.ModelPath));
            // Place tables for every language fingerprints know (a lexicon) and every display language of the gazetteer.
            var languages = LanguageData.Lines("xx", "display-locales")
                .Concat(Directory.GetFiles(Path.Combine(ModelCatalog.Default.Directory, Lexicon.Folder), "*.tsv.gz").Select(f => Path.GetFileName(f)[..^".tsv.gz".Length]))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            new BackgroundTrainer().Train(parse.GetValue(data)!, languages, path, places, Console.Error);
            return 0;
        }));
        return command;
    }
}
