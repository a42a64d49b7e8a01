using System.CommandLine;
using Caravan.Cli.Verbs;

namespace Caravan.Cli;

/// <summary>The `caravan` root command: one verb per file under Verbs/.</summary>
public static class CaravanCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Caravan: multilingual news intelligence (stories, actors, quotes, relations, provenance).");
        root.Subcommands.Add(AnalyzeVerb.Create());
        root.Subcommands.Add(StoriesVerb.CreateList());
        root.Subcommands.Add(StoriesVerb.CreateShow());
        root.Subcommands.Add(EntitiesVerb.CreateList());
        root.Subcommands.Add(EntitiesVerb.CreateShow());
        root.Subcommands.Add(TrainVerb.Create());
        root.Subcommands.Add(LangidVerb.Create());
        root.Subcommands.Add(ExtractVerb.Create());
        root.Subcommands.Add(CleanVerb.Create());
        root.Subcommands.Add(ClusterVerb.Create());
        root.Subcommands.Add(QuotesVerb.Create());
        root.Subcommands.Add(NerVerb.Create());
        root.Subcommands.Add(SearchVerb.Create());
        root.Subcommands.Add(ReindexVerb.Create());
        root.Subcommands.Add(IngestVerb.Create());
        root.Subcommands.Add(ReprocessVerb.Create());
        root.Subcommands.Add(ExportVerb.Create());
        root.Subcommands.Add(WatchVerb.Create());
        root.Subcommands.Add(ServeVerb.Create());
        root.Subcommands.Add(KeysVerb.Create());
        root.Subcommands.Add(MigrateVerb.Create());
        root.Subcommands.Add(NodeVerb.Create());
        return root;
    }

    public static int Run(string[] args) => Create().Parse(args).Invoke();
}
