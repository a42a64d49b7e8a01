using System.Globalization;
using Caravan.Testing;
using Microsoft.Data.Sqlite;

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
            while (StoredArticles(killed) < 200 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the run finished before it could be killed; raise the corpus size");
            process.Kill(entireProcessTree: true); // SIGKILL on Linux
            process.WaitForExit();
        }

        var partial = StoredArticles(killed);
        Assert.InRange(partial, 1, 999);
        Assert.Equal(0, CliRunner.Run("analyze", input, "--db", killed, "--quiet").ExitCode);
        Assert.Equal(StoreDump.Of(whole), StoreDump.Of(killed));
    }

    private static int StoredArticles(string db)
    {
        var file = Path.Combine(db, "caravan.db");
        if (!File.Exists(file))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet, or busy
        }
    }
}
