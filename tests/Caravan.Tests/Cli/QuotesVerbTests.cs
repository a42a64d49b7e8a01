using System.Text.Json;
using Caravan.Cli;

namespace Caravan.Tests.Cli;

public class QuotesVerbTests
{
    private static (int Code, string Output) Run(string jsonl)
    {
        var dir = Directory.CreateTempSubdirectory("caravan-quotes-");
        try
        {
            var input = Path.Combine(dir.FullName, "docs.jsonl");
            var output = Path.Combine(dir.FullName, "quotes.jsonl");
            File.WriteAllText(input, jsonl);
            var code = CaravanCommand.Run(["quotes", input, "--out", output]);
            return (code, File.Exists(output) ? File.ReadAllText(output) : "");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Quotes_JsonLines_WritesContractShapeAndSkipsBadRecord()
    {
        var docs = "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"“We will not give in to pressure,” the minister said on Monday.\"}\n"
            + "{\"text\": \"no id here\"}\n"
            + "not json\n"
            + "{\"id\": \"b\", \"text\": \"Nothing quoted here.\"}\n";
        var (code, output) = Run(docs);
        Assert.Equal(0, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("a", root.GetProperty("doc").GetString());
        Assert.Equal("We will not give in to pressure,", root.GetProperty("quote").GetString());
        Assert.Equal(1, root.GetProperty("start").GetInt32());
        Assert.True(root.GetProperty("direct").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("speaker").ValueKind);
        Assert.Equal(["doc", "quote", "start", "end", "speaker", "speaker_mention", "speaker_type", "direct"],
            root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Quotes_MissingInput_ExitsWithOne() =>
        Assert.Equal(1, CaravanCommand.Run(["quotes", Path.Combine(Path.GetTempPath(), "no-such-caravan-file.jsonl")]));
}
