using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train &lt;model&gt;`: rebuilds a shipped model from public data. One subcommand per model.</summary>
internal static class TrainVerb
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from public data (writes into models/).");
        command.Subcommands.Add(TrainBackgroundVerb.Create());
        command.Subcommands.Add(TrainGazetteerVerb.Create());
        command.Subcommands.Add(TrainLangidVerb.Create());
        command.Subcommands.Add(TrainLexiconVerb.Create());
        command.Subcommands.Add(TrainNerVerb.Create());
        command.Subcommands.Add(TrainTopicsVerb.Create());
        return command;
    }
}
