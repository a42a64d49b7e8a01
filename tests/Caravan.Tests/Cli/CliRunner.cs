using System.Diagnostics;

namespace Caravan.Tests.Cli;

/// <summary>Runs the `caravan` CLI as a separate process (the build copies caravan.dll beside the tests).</summary>
public static class CliRunner
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "caravan.dll");

    /// <summary>The repository root (the folder holding Caravan.slnx).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Caravan.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>../shared/data next to the repository, or null where it is absent.</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static Process Start(params string[] args) => StartWithEnvironment(null, args);

    public static Process StartWithEnvironment((string Name, string Value)? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (environment is { } variable)
        {
            info.Environment[variable.Name] = variable.Value;
        }

        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Like <see cref="Run"/>, for long runs (the cluster's full-size acceptance test).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithin(TimeSpan limit, params string[] args) =>
        Collect(Start(args), null, args, limit);

    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment((string Name, string Value) environment, params string[] args) =>
        Collect(StartWithEnvironment(environment, args), null, args);

    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string? stdin, params string[] args) =>
        Collect(Start(args), stdin, args);

    private static (int ExitCode, string Stdout, string Stderr) Collect(Process started, string? stdin, string[] args, TimeSpan? limit = null)
    {
        using var process = started;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        var wait = limit ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(wait))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"caravan {string.Join(' ', args)} did not finish in {wait.TotalMinutes:F0} minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
