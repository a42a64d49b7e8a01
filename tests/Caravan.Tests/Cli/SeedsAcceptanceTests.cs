using System.Text.Json;

namespace Caravan.Tests.Cli;

/// <summary>The seeds in ../shared/data/seeds (present on developer machines and CI, not in the repository).</summary>
public sealed class SeedsAnalysis() : SampleAnalysis(CliRunner.SharedData is { } data ? Path.Combine(data, "seeds") : "../shared/data/seeds");

/// <summary>Issue #2 acceptance on the seeds, and the story/actor/quote expectations of issues #5-#7.</summary>
public sealed class SeedsAcceptanceTests(SeedsAnalysis analysis) : IClassFixture<SeedsAnalysis>
{
    private JsonElement Root
    {
        get
        {
            Skip.If(CliRunner.SharedData is null, "../shared/data is not present");
            return analysis.Root;
        }
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    [SkippableFact]
    public void Analyze_Seeds_ContractShapeWithFiveGermanAndRomanianDocuments()
    {
        var root = Root;
        Assert.Equal(0, analysis.ExitCode);
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        foreach (var field in new[] { "id", "path", "title", "language", "published", "site", "story", "duplicate_of" })
        {
            Assert.All(documents, d => Assert.True(d.TryGetProperty(field, out _), field));
        }

        Assert.Equal(["de", "ro"], documents.Select(d => d.GetProperty("language").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(root.GetProperty("stories").EnumerateArray(), s => s.GetProperty("documents").GetArrayLength() > 1);
        Assert.NotEmpty(root.GetProperty("entities").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("quotes").EnumerateArray());
        Assert.True(root.TryGetProperty("relations", out _));
    }

    [SkippableFact]
    public void Analyze_Seeds_TokayevSpellingsAreOneActor()
    {
        var entities = Root.GetProperty("entities").EnumerateArray().ToList();
        var tokayev = entities.Where(e => Strings(e.GetProperty("variants")).Any(v => v.Contains("Tokajew", StringComparison.Ordinal) || v.Contains("Tokayev", StringComparison.Ordinal))).ToList();
        var actor = Assert.Single(tokayev);
        var variants = Strings(actor.GetProperty("variants")).ToList();
        Assert.Contains("Tokajew", variants);
        Assert.Contains(variants, v => v.Contains("Tokayev", StringComparison.Ordinal));
    }
}
