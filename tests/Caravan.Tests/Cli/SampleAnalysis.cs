using System.Text.Json;

namespace Caravan.Tests.Cli;

/// <summary>
/// `caravan analyze` run once per test class on a folder (a class fixture), with the parsed
/// `--json` document. Tests only read it.
/// </summary>
public abstract class SampleAnalysis : IDisposable
{
    private readonly TempDirectory _dir = new();

    protected SampleAnalysis(string input)
    {
        JsonPath = Path.Combine(_dir.Path, "out.json");
        ReportPath = Path.Combine(_dir.Path, "report.html");
        var (code, stdout, stderr) = CliRunner.Run("analyze", input, "--db", Path.Combine(_dir.Path, "db"), "--json", JsonPath, "--report", ReportPath);
        ExitCode = code;
        Stdout = stdout;
        Stderr = stderr;
        Json = File.Exists(JsonPath) ? JsonDocument.Parse(File.ReadAllText(JsonPath)) : null;
    }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public string JsonPath { get; }

    public string ReportPath { get; }

    public JsonDocument? Json { get; }

    public JsonElement Root => Json?.RootElement ?? throw new InvalidOperationException($"analyze wrote no JSON (exit {ExitCode}): {Stderr}");

    public void Dispose()
    {
        Json?.Dispose();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The bundled sample corpus.</summary>
public sealed class SamplesAnalysis() : SampleAnalysis(Path.Combine(CliRunner.RepoRoot, "samples", "articles"));
