using System.Globalization;
using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Charset;

/// <summary>
/// Picks the legacy encoding under which the non-ASCII bytes read most like natural text. Signals:
/// undecodable sequences and control characters (wrong multi-byte or ISO table), symbols where
/// letters should be, scripts mixed inside one word (Latin next to Cyrillic), runs of accented
/// Latin letters (Cyrillic bytes read as Latin-1), and case flipping inside words (KOI8-R vs
/// windows-1251, whose tables swap upper and lower case).
/// </summary>
internal static class LegacyEncodingGuesser
{
    // Order breaks ties: the more common encoding on the web first.
    private static readonly string[] Candidates =
    [
        "windows-1252", "windows-1251", "windows-1250", "iso-8859-2", "koi8-r", "windows-1253",
        "windows-1254", "windows-1256", "windows-1257", "shift_jis", "gbk", "euc-jp", "euc-kr", "big5",
    ];

    private const int SampleBytes = 64 * 1024;

    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        Encoding best = Encoding.GetEncoding("windows-1252");
        var bestScore = double.NegativeInfinity;
        foreach (var name in Candidates)
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            var score = Score(encoding.GetString(sample));
            if (score > bestScore)
            {
                bestScore = score;
                best = Encoding.GetEncoding(name);
            }
        }

        return best;
    }

    /// <summary>Mean plausibility per non-ASCII character (higher is better).</summary>
    internal static double Score(string text)
    {
        double score = 0;
        var count = 0;
        var accentedRun = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                accentedRun = 0;
                continue;
            }

            count++;
            var prev = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (c == '\uFFFD')
            {
                score -= 8;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate)
            {
                score -= 6;
                continue;
            }

            if (!char.IsLetter(c))
            {
                // Typographic punctuation is common; other symbols are rare in text.
                score += category is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                    or UnicodeCategory.DashPunctuation or UnicodeCategory.SpaceSeparator ? 0.5 : -1.5;
                accentedRun = 0;
                continue;
            }

            score += 1;
            if (c is >= '\u3040' and <= '\u30FF')
            {
                // Kana: Japanese read as Japanese (GBK turns Shift_JIS into rare Han characters).
                score += 0.5;
            }
            else if (c is >= '\uFF61' and <= '\uFF9F')
            {
                // Half-width katakana: what Chinese bytes look like through Shift_JIS.
                score -= 2;
            }

            var latin = c < 0x250;
            if (latin)
            {
                accentedRun++;
                if (accentedRun >= 3)
                {
                    score -= 2;
                }
            }
            else if (char.IsAsciiLetter(prev) || char.IsAsciiLetter(next))
            {
                score -= 2;
            }

            if (char.IsLower(prev) && char.IsUpper(c))
            {
                score -= 2;
            }
        }

        return count == 0 ? 0 : score / count;
    }
}
