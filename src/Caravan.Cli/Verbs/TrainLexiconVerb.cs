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
        var translations = new Option<int>("--translations") { Description = "Most English stems per unit (the shipped lexicon uses the default)", DefaultValueFactory = _ => new LexiconTrainer().MaxTranslations };
        var command = new Command("lexicon", "Train the cross-language lexicons used by fingerprints and stories.") { data, output, translations };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var outDir = parse.GetValue(output) ?? Path.Combine(ModelCatalog.Default.Directory, Lexicon.Folder);
            var counts = new LexiconTrainer { MaxTranslations = parse.GetValue(translations) }.Train(parse.GetValue(data)!, outDir, Console.Error);
            Console.Error.WriteLine($"wrote {counts.Count} languages to {outDir}");
            return 0;
        }));
        return command;
    }
}
