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
    public void Cluster_MissingFile_ExitCodeOne() =>
        Assert.Equal(1, CaravanCommand.Run(["cluster", "/nonexistent/docs.jsonl"]));
}
