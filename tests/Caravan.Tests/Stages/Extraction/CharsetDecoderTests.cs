using System.Text;
using Caravan.Pipeline.Stages.Extraction.Charset;

namespace Caravan.Tests.Stages.Extraction;

public sealed class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian = "<p>Президент заявил, что переговоры продолжатся на следующей неделе в столице.</p>";
    private const string Polish = "<p>Rząd ogłosił, że negocjacje będą kontynuowane w przyszłym tygodniu w stolicy kraju.</p>";

    private static byte[] Page(string declared, string body, string encoding) =>
        Encoding.GetEncoding(encoding).GetBytes($"<html><head><meta charset=\"{declared}\"></head><body>{body}</body></html>");

    [Fact]
    public void Decode_Windows1251DeclaredAsUtf8_DetectsCyrillic()
    {
        var text = CharsetDecoder.Decode(Page("utf-8", Russian, "windows-1251"), out var charset);
        Assert.Equal("windows-1251", charset);
        Assert.Contains("Президент заявил", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Koi8rWithoutDeclaration_DetectsKoi8r()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<html><body>" + Russian + "</body></html>");
        var text = CharsetDecoder.Decode(bytes, out var charset);
        Assert.Equal("koi8-r", charset);
        Assert.Contains("переговоры продолжатся", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredIso88592_UsesDeclaration()
    {
        var text = CharsetDecoder.Decode(Page("iso-8859-2", Polish, "iso-8859-2"), out _);
        Assert.Contains("Rząd ogłosił", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ValidUtf8DeclaredAsLatin1_StaysUtf8()
    {
        var text = CharsetDecoder.Decode(Page("iso-8859-1", "<p>Größere Straßen für Müller</p>", "utf-8"), out var charset);
        Assert.Equal("utf-8", charset);
        Assert.Contains("Größere Straßen für Müller", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16Bom_ReadsUtf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Ünïcödé</p>")).ToArray();
        Assert.Equal("<p>Ünïcödé</p>", CharsetDecoder.Decode(bytes, out _));
    }

    [Fact]
    public void Decode_ShiftJisWithoutDeclaration_DecodesJapanese()
    {
        var text = CharsetDecoder.Decode(Encoding.GetEncoding("shift_jis").GetBytes("<p>東京で新しい博物館が開館しました。多くの人が訪れました。</p>"), out _);
        Assert.Contains("東京で新しい博物館", text, StringComparison.Ordinal);
    }
}
