using System.CommandLine;
using Caravan.Cli.Verbs;

namespace Caravan.Cli;

/// <summary>The `caravan` root command: one verb per file under Verbs/.</summary>
public static class CaravanCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Caravan: multilingual news intelligence (stories, actors, quotes, relations, provenance).");
        root.Subcommands.Add(TrainVerb.Create());
        root.Subcommands.Add(NerVerb.Create());
        root.Subcommands.Add(EntitiesVerb.Create());
        return root;
    }

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}
