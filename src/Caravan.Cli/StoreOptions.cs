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

    /// <summary>`--cluster redis://HOST:PORT`: work through a running cluster (its nodes own the store).</summary>
    public static Option<string?> Cluster(string description) => new("--cluster") { Description = description };
}
