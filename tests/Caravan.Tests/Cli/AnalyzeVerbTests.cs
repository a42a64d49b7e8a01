using System.Text.Json;

namespace Caravan.Tests.Cli;

public sealed class AnalyzeVerbTests
{
    [Fact]
    public void Analyze_BadInputsAmongGoodOnes_OneStderrLineEachAndTheRestProcessed()
    {
        using var dir = new TempDirectory();
        dir.File("in/good.txt", "Tokajew traf Blinken in Astana.\n\nDer Außenminister sagte: „Wir sind bereit.“");
        dir.File("in/empty.txt", "");
        dir.File("in/junk.txt", [0x00, 0xFF, 0x13, 0x37, 0x00, 0x00, 0x42]);
        dir.File("in/latin1.txt", [0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x20, 0x69, 0x6E, 0x20, 0x4B, 0xF6, 0x6C, 0x6E]);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "in", "unreadable.txt"), Path.Combine(dir.Path, "missing"));
        var json = Path.Combine(dir.Path, "out.json");
        var (code, _, stderr) = CliRunner.Run("analyze", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "db"), "--json", json, "--quiet");
        Assert.Equal(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        foreach (var name in new[] { "empty.txt", "junk.txt", "latin1.txt", "unreadable.txt" })
        {
            Assert.Single(lines, l => l.Contains(name, StringComparison.Ordinal));
        }

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var ids = document.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString());
        Assert.Equal(["good"], ids);
    }

    [Fact]
    public void Analyze_MissingPath_ExitCode1WithOneLine()
    {
        var (code, _, stderr) = CliRunner.Run("analyze", "/nonexistent/caravan-input", "--db", Path.Combine(Path.GetTempPath(), "caravan-unused"));
        Assert.Equal(1, code);
        Assert.Contains("/nonexistent/caravan-input", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Analyze_ModelFolderWithoutNer_OneLineNamingTheFileAndTheRebuildCommand()
    {
        using var dir = new TempDirectory();
        var models = Path.Combine(dir.Path, "models");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot, "models"), "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}ner{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var target = Path.Combine(models, Path.GetRelativePath(Path.Combine(CliRunner.RepoRoot, "models"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        dir.File("in/a.txt", "Ein kurzer Text über Astana.");
        var (code, _, stderr) = CliRunner.RunWithEnvironment(("CARAVAN_MODELS", models), "analyze", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "db"), "--quiet");
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("CARAVAN0002", line, StringComparison.Ordinal);
        Assert.Contains("xx.ner", line, StringComparison.Ordinal);
        Assert.Contains("caravan train ner", line, StringComparison.Ordinal);
    }
}
