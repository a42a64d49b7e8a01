using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class ConllTaggerTests
{
    private static string Run(string input, string? language)
    {
        using var output = new StringWriter();
        new ConllTagger(new NerModels(ModelCatalog.Default)).Tag(new StringReader(input), output, new ConllTaggingOptions(language));
        return output.ToString();
    }

    [Fact]
    public void Tag_DocStartAndBlankLines_ArePreservedAndTokensTagged()
    {
        const string input = "-DOCSTART- -X- O O\n\nAngela\tx\nMerkel\tx\nvisited\tx\nParis\tx\n.\tx\n\nShe\nleft\n.\n";
        var lines = Run(input, "en").Split('\n');
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("Angela\tB-PER", lines[2]);
        Assert.Equal("Merkel\tI-PER", lines[3]);
        Assert.Equal("Paris\tB-LOC", lines[5]);
        Assert.Equal("", lines[7]);
        Assert.Equal(input.Split('\n').Length, lines.Length);
        Assert.All(lines.Skip(2).Where(l => l.Length > 0), l => Assert.Matches("^[^\t]+\t(O|[BI]-(PER|ORG|LOC|MISC))$", l));
    }

    [Fact]
    public void Tag_WithoutLanguage_DetectsAndIsDeterministic()
    {
        const string input = "Der\nBundeskanzler\nOlaf\nScholz\nreiste\nnach\nKasachstan\n.\n";
        var first = Run(input, null);
        Assert.Equal(first, Run(input, null));
        Assert.Contains("Scholz\tI-PER", first, StringComparison.Ordinal);
    }
}
