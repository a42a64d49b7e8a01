using System.CommandLine;

namespace Caravan.Cli;

/// <summary>The `--db DIR` option every verb that reads or writes the store takes.</summary>
internal static class StoreOptions
{
    public const string DefaultDirectory = "caravan-data";

    public static Option<string> Db() => new("--db")
    {
        Description = "Data folder of the embedded store.",
        DefaultValueFactory = _ => DefaultDirectory,
    };
}
