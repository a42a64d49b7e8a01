using Caravan.Pipeline.Stages.Language;

namespace Caravan.Tests.Stages.Language;

public class TextFeaturesTests
{
    private static uint[] Features(string text, int minOrder = 1)
    {
        var buffer = new uint[1000];
        var scripts = new int[WritingScripts.Count];
        var n = TextFeatures.Extract(TextFeatures.Compose(text), 20, buffer, scripts, minOrder);
        return buffer[..n];
    }

    [Fact]
    public void Extract_CaseDigitsAndPunctuation_DoNotChangeFeatures() =>
        Assert.Equal(Features("Haus und Hof"), Features("HAUS, 2023 und -- hof!"));

    [Fact]
    public void Extract_DecomposedDiacritics_SameAsPrecomposed() =>
        Assert.Equal(Features("ọjọ́ kẹta"), Features("ọjọ́ kẹta".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public void Extract_RomanianCedilla_SameAsCommaBelow() =>
        Assert.Equal(Features("şi ţară"), Features("și țară"));

    [Fact]
    public void Extract_OneWord_NgramsPlusWholeWord()
    {
        // " ab " has n-grams a, b, " a", ab, "b ", " ab", "ab ", " ab " (lone spaces skipped) plus the word.
        Assert.Equal(9, Features("ab").Length);
        Assert.Equal(9 - 2, Features("ab", minOrder: 2).Length);
    }

    [Fact]
    public void Extract_TagWords_TagsOnlyTheWholeWordFeature()
    {
        var tagged = new uint[100];
        var n = TextFeatures.Extract("ab", 20, tagged, new int[WritingScripts.Count], tagWords: true);

        Assert.Equal(Features("ab"), tagged[..n].Select(f => f & ~TextFeatures.WordTag));
        Assert.Equal(n - 1, Array.IndexOf(tagged[..n], tagged[..n].Single(f => (f & TextFeatures.WordTag) != 0)));
    }

    [Fact]
    public void Extract_ScriptChange_SplitsWordsAndCountsLetters()
    {
        var scripts = new int[WritingScripts.Count];
        TextFeatures.Extract("iPhone手机", 20, new uint[1000], scripts);

        Assert.Equal(6, scripts[(int)WritingScript.Latin]);
        Assert.Equal(2, scripts[(int)WritingScript.Han]);
    }

    [Fact]
    public void Extract_BufferTooSmall_StopsAtWholeWord()
    {
        var buffer = new uint[TextFeatures.FeaturesPerWord(4)];
        var n = TextFeatures.Extract("test word", 20, buffer, new int[WritingScripts.Count]);

        Assert.InRange(n, 1, buffer.Length);
    }

    [Fact]
    public void Distinct_KeepsFirstOccurrencesInOrder()
    {
        uint[] features = [7, 3, 7, 0, 3, TextFeatures.WordTag | 3, 0, 9];
        var n = TextFeatures.Distinct(features);
        Assert.Equal([7u, 3u, 0u, TextFeatures.WordTag | 3, 9u], features[..n]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600)]
    [InlineData(5000)]
    public void Distinct_AnyLength_EqualsTheSetOfTheInput(int length)
    {
        var random = new Random(length);
        var features = Enumerable.Range(0, length).Select(_ => (uint)random.Next(0, length / 3 + 2)).ToArray();
        var expected = features.Distinct().ToArray();
        var n = TextFeatures.Distinct(features);
        Assert.Equal(expected, features[..n]);
    }
}
