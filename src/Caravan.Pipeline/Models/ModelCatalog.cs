using Caravan.Core.Errors;

namespace Caravan.Pipeline.Models;

/// <summary>
/// Finds the trained model files (produced by `caravan train ...`). Looks in, in order: the folder
/// given to the constructor, $CARAVAN_MODELS, a <c>models/</c> folder beside the executable, and the
/// nearest <c>models/</c> folder above the executable (a source checkout).
/// </summary>
public sealed class ModelCatalog
{
    public ModelCatalog(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>
    /// Where the large tables of the models are shared with the machine's other processes (<see cref="SharedModelImages"/>);
    /// null (the default): each process expands them into its own heap.
    /// </summary>
    public SharedModelImages? SharedImages { get; init; }

    /// <summary>The catalog used when no folder is given.</summary>
    public static ModelCatalog Default { get; } = new(Locate());

    /// <summary>The full path of a model file; throws CARAVAN0002 naming the file and the command that rebuilds it.</summary>
    public string Require(string relativePath, string rebuildCommand)
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
        {
            throw new CaravanException(ErrorCode.ModelMissing,
                $"model file '{path}' is missing; rebuild it with `{rebuildCommand}`");
        }

        return path;
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CARAVAN_MODELS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return Path.Combine(AppContext.BaseDirectory, "models");
    }
}
