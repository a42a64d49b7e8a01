using Caravan.Testing;

namespace Caravan.Tests.Cli;

/// <summary>Issue #2 acceptance: SIGKILL in the middle of a 1,000-document run, then a re-run, gives the same store.</summary>
public sealed class AnalyzeKillTests
{
    [Fact]
    public void Analyze_KilledMidRunThenRerun_SameStoreAsUninterrupted()
    {
        using var dir = new TempDirectory();
        var input = Path.Combine(dir.Path, "in");
        foreach (var (name, text) in GeneratedCorpus.Articles(1000, seed: 7))
        {
            dir.File(Path.Combine("in", name), text);
        }

        var whole = Path.Combine(dir.Path, "whole");
        Assert.Equal(0, CliRunner.Run("analyze", input, "--db", whole, "--quiet").ExitCode);

        var killed = Path.Combine(dir.Path, "killed");
        using (var process = CliRunner.Start("analyze", input, "--db", killed, "--quiet"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (StoreDump.Articles(killed) < 200 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the run finished before it could be killed; raise the corpus size");
            process.Kill(entireProcessTree: true); // SIGKILL on Linux
            process.WaitForExit();
        }

        var partial = StoreDump.Articles(killed);
        Assert.InRange(partial, 1, 999);
        Assert.Equal(0, CliRunner.Run("analyze", input, "--db", killed, "--quiet").ExitCode);
        Assert.Equal(StoreDump.Of(whole), StoreDump.Of(killed));
    }
}
