using System.Text.Json;
using Caravan.Tests.Cli;

namespace Caravan.Tests.Storage.Postgres;

/// <summary>
/// Issue #11 acceptance: `caravan analyze ../shared/data/seeds --db postgres://...` gives the same
/// stories and actors as the embedded store, and `caravan migrate` copies an embedded store whole.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSeedsTests(PostgresServer server, SeedsAnalysis embedded) : IClassFixture<SeedsAnalysis>
{
    private string EmbeddedDb
    {
        get
        {
            Skip.If(CliRunner.SharedData is null, "../shared/data is not present");
            Assert.Equal(0, embedded.ExitCode);
            return Path.Combine(Path.GetDirectoryName(embedded.JsonPath)!, "db");
        }
    }

    [SkippableFact]
    public void Analyze_SeedsIntoPostgres_SameDocumentsStoriesActorsAsEmbedded()
    {
        _ = EmbeddedDb;
        var url = server.NewDatabaseUrl();
        using var dir = new TempDirectory();
        var json = Path.Combine(dir.Path, "pg.json");
        var (code, _, stderr) = CliRunner.Run("analyze", Path.Combine(CliRunner.SharedData!, "seeds"), "--db", url, "--json", json);
        Assert.True(code == 0, stderr);
        using var postgres = JsonDocument.Parse(File.ReadAllText(json));
        foreach (var part in new[] { "documents", "stories", "entities", "quotes", "relations" })
        {
            Assert.Equal(embedded.Root.GetProperty(part).GetRawText(), postgres.RootElement.GetProperty(part).GetRawText());
        }

        Assert.NotEmpty(postgres.RootElement.GetProperty("stories").EnumerateArray());
        Assert.NotEmpty(postgres.RootElement.GetProperty("entities").EnumerateArray());
    }

    [SkippableFact]
    public void Migrate_EmbeddedSeedsStore_VerifiedSameStoriesSearchableAndSafeToRerun()
    {
        var folder = EmbeddedDb;
        var url = server.NewDatabaseUrl();
        for (var run = 0; run < 2; run++)
        {
            var (code, stdout, stderr) = CliRunner.Run("migrate", "--from", folder, "--to", url);
            Assert.True(code == 0, stderr + stdout);
            Assert.Contains("verified", stdout, StringComparison.Ordinal);
            Assert.Matches(@"articles\s+5\s+5", stdout);
        }

        Assert.Equal(CliRunner.Run("stories", "--db", folder, "--json").Stdout, CliRunner.Run("stories", "--db", url, "--json").Stdout);
        Assert.Equal(CliRunner.Run("entities", "--db", folder, "--json").Stdout, CliRunner.Run("entities", "--db", url, "--json").Stdout);
        var (searchCode, hits, searchError) = CliRunner.Run("search", "Tokayev", "--db", url, "--json");
        Assert.True(searchCode == 0, searchError);
        Assert.Contains("\"type\":\"hit\"", hits, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Migrate_SourceMissing_ExitOneNamingIt()
    {
        server.SkipIfUnavailable();
        using var dir = new TempDirectory();
        var (code, _, stderr) = CliRunner.Run("migrate", "--from", Path.Combine(dir.Path, "none"), "--to", server.NewDatabaseUrl());
        Assert.Equal(1, code);
        Assert.Contains("no store in", stderr, StringComparison.Ordinal);
    }
}
