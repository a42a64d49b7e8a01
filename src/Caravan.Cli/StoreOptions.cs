using System.CommandLine;
using Caravan.Storage;

namespace Caravan.Cli;

/// <summary>The `--db DIR|postgres://...` option every verb that reads or writes the store takes.</summary>
internal static class StoreOptions
{
    public const string DefaultDirectory = "caravan-data";

    public static Option<StoreLocation> Db() => new("--db")
    {
        Description = "Data folder of the embedded store, or a postgres://user@host:port/database URL of a shared PostgreSQL store.",
        CustomParser = result => StoreLocation.Parse(result.Tokens.Single().Value),
        DefaultValueFactory = _ => new FolderLocation(DefaultDirectory),
    };

    /// <summary>A required store option of another name (`migrate --from/--to`).</summary>
    public static Option<StoreLocation> Location(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result => StoreLocation.Parse(result.Tokens.Single().Value),
    };

    /// <summary>`--cluster redis://HOST:PORT`: work through a running cluster (its nodes own the store).</summary>
    public static Option<string?> Cluster(string description) => new("--cluster") { Description = description };
}
