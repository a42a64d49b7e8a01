using System.Text.Json;
using Caravan.Cli;
using Caravan.Tests.Pipeline.Stories;

namespace Caravan.Tests.Cli;

public class ClusterVerbTests
{
    [Fact]
    public void Cluster_JsonLines_OneLinePerDocumentInInputOrder()
    {
        var dir = Directory.CreateTempSubdirectory("caravan-cluster-");
        try
        {
            var input = Path.Combine(dir.FullName, "docs.jsonl");
            var output = Path.Combine(dir.FullName, "out.tsv");
            File.WriteAllLines(input,
            [
                JsonSerializer.Serialize(new { id = "en", text = StoryTexts.FloodEn, lang = "en" }),
                "{broken",
                JsonSerializer.Serialize(new { id = "m", text = StoryTexts.MatchEn }),
                JsonSerializer.Serialize(new { id = "ro", text = StoryTexts.FloodRo, lang = "ro" }),
            ]);
            Assert.Equal(0, CaravanCommand.Run(["cluster", input, "--out", output]));
            var lines = File.ReadAllLines(output).Select(l => l.Split('\t')).ToList();
            Assert.Equal(["en", "m", "ro"], lines.Select(l => l[0]));
            Assert.All(lines, l => Assert.Equal(2, l.Length));
            Assert.Equal(lines[0][1], lines[2][1]);
            Assert.NotEqual(lines[0][1], lines[1][1]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cluster_Terms_OneRecordPerDocumentWithLineageAndWeightedTerms()
    {
        var dir = Directory.CreateTempSubdirectory("caravan-cluster-");
        try
        {
            var input = Path.Combine(dir.FullName, "docs.jsonl");
            var terms = Path.Combine(dir.FullName, "terms.jsonl");
            File.WriteAllLines(input,
            [
                JsonSerializer.Serialize(new { id = "a", text = StoryTexts.FloodEn, lang = "en", date = "2023-02-28" }),
                JsonSerializer.Serialize(new { id = "b", text = StoryTexts.FloodEn, lang = "en" }),
            ]);
            Assert.Equal(0, CaravanCommand.Run(["cluster", input, "--out", Path.Combine(dir.FullName, "out.tsv"), "--terms", terms]));
            var records = File.ReadAllLines(terms).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a", "b"], records.Select(r => r.GetProperty("id").GetString()));
            Assert.StartsWith("2023-02-28", records[0].GetProperty("date").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, records[1].GetProperty("date").ValueKind);
            Assert.Equal("a", records[1].GetProperty("duplicate_of").GetString());
            var weighted = records[0].GetProperty("terms").EnumerateArray().ToList();
            Assert.NotEmpty(weighted);
            Assert.All(weighted, t => Assert.True(t.GetProperty("weight").GetSingle() > 0));
            Assert.Contains(weighted, t => t.GetProperty("term").GetString()!.StartsWith("s:", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cluster_MissingFile_ExitCodeOne() =>
        Assert.Equal(1, CaravanCommand.Run(["cluster", "/nonexistent/docs.jsonl"]));
}
