using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Charset;

/// <summary>
/// Turns the bytes of an HTML page into text. Order of evidence (after the WHATWG encoding sniffing
/// algorithm, simplified): a byte-order mark; then valid UTF-8 (pages that are valid UTF-8 are
/// UTF-8 whatever they declare); then the declared charset (meta charset / http-equiv); then, when
/// the declaration is missing or lies (a windows-1251 page declared as UTF-8), statistical
/// detection over the legacy encodings.
/// </summary>
public static class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="charset"/> names the encoding used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string charset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            charset = "utf-8";
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            charset = "utf-16le";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            charset = "utf-16be";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Utf8Validity.IsMostlyValid(bytes))
        {
            charset = "utf-8";
            return Encoding.UTF8.GetString(bytes);
        }

        var declared = DeclaredCharset.Find(bytes);
        var encoding = declared is null ? null : TryGet(declared);
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage && !IsUtf16(encoding))
        {
            charset = encoding.WebName;
            return encoding.GetString(bytes);
        }

        // No usable declaration, or a UTF-8 declaration the bytes contradict: guess.
        encoding = LegacyEncodingGuesser.Guess(bytes);
        charset = encoding.WebName;
        return encoding.GetString(bytes);
    }

    private static bool IsUtf16(Encoding e) => e.CodePage is 1200 or 1201;

    internal static Encoding? TryGet(string name)
    {
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        n = n switch
        {
            // WHATWG maps these labels to their supersets.
            "iso-8859-1" or "latin1" or "ascii" or "us-ascii" => "windows-1252",
            "gb2312" or "x-gbk" => "gbk",
            "iso-8859-9" => "windows-1254",
            "x-sjis" or "sjis" or "shift-jis" => "shift_jis",
            _ => n,
        };
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
