using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Tests.Pipeline.Stories;

public class KanaReadingTests
{
    [Theory]
    [InlineData("バイデン", "baiden")]
    [InlineData("トランプ", "torampu")] // ン before p reads m
    [InlineData("ブッシュ", "bushu")] // small tsu adds no letter; shi + small yu = shu
    [InlineData("チャーチル", "charchiru")] // chi + small ya = cha; a long a reads ar
    [InlineData("ティム", "timu")] // te + small i = ti
    [InlineData("ファーウェイ", "farwei")] // fu + small a = fa; u + small e = we
    [InlineData("ヴァンダービルト", "vandarbiruto")]
    [InlineData("プーチン", "puchin")] // other long vowels add no letter
    [InlineData("キュー", "kyu")]
    [InlineData("イェール", "yeru")]
    [InlineData("ロバート", "robarto")]
    [InlineData("ジェームズ", "jemuzu")]
    public void Read_Katakana_HepburnWithSmallKanaJoined(string katakana, string expected) =>
        Assert.Equal(expected, KanaReading.Read(katakana));

    [Fact]
    public void Read_EveryKatakana_ReadsLettersOnly()
    {
        for (var c = '\u30A1'; c <= '\u30FA'; c++)
        {
            var reading = KanaReading.Read(c.ToString());
            Assert.True(c == 'ッ' || reading.Length > 0, $"U+{(int)c:X4} has no reading");
            Assert.All(reading, letter => Assert.InRange(letter, 'a', 'z'));
        }
    }

    [Fact]
    public void Read_OtherCharacters_Skipped() => Assert.Equal("rondon", KanaReading.Read("ロンドン・東京"));

    [Theory]
    [InlineData("bushu", "bush")] // u closes a final consonant
    [InlineData("jimu", "jim")]
    [InlineData("kento", "kent")] // o closes t and d
    [InlineData("tomi", "tomi")] // other final vowels are the name's own
    [InlineData("kuo", "kuo")] // after a vowel, u and o are the name's own
    [InlineData("mau", "mau")]
    [InlineData("su", "su")] // one syllable stays whole
    public void Closed_FinalAddedVowel_Dropped(string reading, string expected) =>
        Assert.Equal(expected, KanaReading.Closed(reading));
}
