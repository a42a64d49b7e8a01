using System.CommandLine;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train lexicon`: bilingual stem lexicons into English from NTREX-128 and SIB-200.</summary>
internal static class TrainLexiconVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The corpora folder (holds ntrex128/ and sib200/)", DefaultValueFactory = _ => "../shared/data/corpora" };
        var output = new Option<string?>("--out") { Description = "Output folder (default: models/stories/lexicon)" };
        var command = new Command("lexicon", "Train the cross-language lexicons used by fingerprints and stories.") { data, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var outDir = parse.GetValue(output) ?? Path.Combine(ModelCatalog.Default.Directory, Lexicon.Folder);
            var counts = new LexiconTrainer().Train(parse.GetValue(data)!, outDir, Console.Error);
            Console.Error.WriteLine($"wrote {counts.Count} languages to {outDir}");
            return 0;
        }));
        return command;
    }
}
