using Caravan.Pipeline.Stages.Language.Training;

namespace Caravan.Tests.Stages.Language.Training;

public class TransliterationTests
{
    [Fact]
    public void Apply_SerbianLatin_GivesCyrillicWithDigraphs() =>
        Assert.Equal("љубљана њујорк џеп ђак", new Transliteration("sr", "latin-to-cyrillic").Apply("Ljubljana Njujork džep đak"));

    [Fact]
    public void Listed_SourcesFile_HasMoreThan100LanguagesWithPriors()
    {
        var sources = LangidSource.Listed();

        Assert.True(sources.Select(s => s.Language).Distinct(StringComparer.Ordinal).Count() >= 100);
        Assert.All(sources, s => Assert.InRange(s.Prior, -5, 0));
        Assert.All(sources, s => Assert.NotEmpty(s.Corpora));
    }
}
