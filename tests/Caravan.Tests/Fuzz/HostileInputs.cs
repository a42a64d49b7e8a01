using System.Text;
using CsCheck;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// Generators of hostile input shared by the fuzz targets: tag and text soup from pieces that have broken
/// parsers before (quote marks, bidi overrides, NUL, lone surrogates, stacked combining marks, abbreviations),
/// very long runs of one piece (pathological input for any backtracking matcher), million-character lines,
/// deep nesting, random bytes, and valid text with invalid UTF-8 spliced in.
/// </summary>
internal static class HostileInputs
{
    private static readonly string[] TextPieces =
    [
        "Tokajew", "sagte", "said", "a spus", "заявил", "Путин", "Қазақстан", "قال", "אמר", "日本", "🙂", "Mr.", "Dr.", "z.B.", "28.",
        "2023-02-28", "12:30", "„", "“", "”", "\"", "'", "«", "»", "‹", "›", "「", "」", ".", "...", "!", "?", ",", ";", ":", "-", "—", "(", ")",
        " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\0", "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\uFEFF", "\uD800", "\uDC00",
        "e\u0301\u0301\u0301\u0301", "\uFFFD", "ß", "ț", "İ", "ı", "http://x.example/a?b=c", "@user", "#tag", "&amp;", "&#0;", "&#xD800;",
        "A", "a", "Ab.", "U.S.", "1", "1.5", "%", "$", "€",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<div>", "</div>", "<p>", "</p>", "<a href=\"/x\">", "</a>", "<table><tr><td>", "</td></tr></table>", "<br>", "<script>", "</script>",
        "<style>", "</style>", "<!--", "-->", "<nav>", "</nav>", "<article>", "</article>", "<h1>", "</h1>", "<title>", "</title>",
        "<meta charset=\"koi8-r\">", "<meta charset=\"utf-16\">", "<meta charset=\"x-bogus\">", "<meta property=\"og:title\" content=\"T\">",
        "<time datetime=\"2023-02-28T10:00:00Z\">", "</time>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":",
        "\"}</script>", "<svg><p>", "<math>", "<![CDATA[", "]]>", "<template>", "<noscript>", "<iframe srcdoc=\"<p>x</p>\">", "<select>",
        "<option>", "<textarea>", "<plaintext>", "<xmp>", "<li>", "<ul>", "<b><i>", "</b></i>", "<p class=\"entry-content\" itemprop=\"articleBody\">",
        "<", ">", "</", "=\"", "&", "&#", "&#x10FFFF;",
    ];

    /// <summary>Any text: soup, long runs, million-character lines or CsCheck's random Unicode.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (6, Soup(TextPieces, 400)),
        (2, Gen.String),
        (2, Run(TextPieces)),
        (1, LongLine(TextPieces)));

    /// <summary>Elements nested up to 200,000 deep, closed or not.</summary>
    public static Gen<string> Nesting { get; } = Gen.Select(
        Gen.Int[1, 200_000], Gen.Int[0, HtmlPieces.Length - 1], Gen.Bool,
        (depth, piece, closed) =>
        {
            var open = HtmlPieces[piece].StartsWith('<') && !HtmlPieces[piece].StartsWith("</", StringComparison.Ordinal) ? HtmlPieces[piece] : "<div>";
            var sb = new StringBuilder(depth * 12);
            sb.Insert(0, open, depth).Append("<p>A sentence deep inside the nesting, long enough to be read as prose by the extractor.</p>");
            return closed ? sb.Insert(sb.Length, "</div>", depth).ToString() : sb.ToString();
        });

    /// <summary>HTML-like text: tag soup, deep nesting, long runs and text.</summary>
    public static Gen<string> Html { get; } = Gen.Frequency(
        (5, Soup([.. HtmlPieces, .. TextPieces], 600)),
        (2, Nesting),
        (1, Run(HtmlPieces)),
        (1, LongLine(HtmlPieces)),
        (1, Text));

    /// <summary>Bytes: UTF-8 of hostile text, raw random bytes, text with invalid UTF-8, or text behind a UTF-16/32 BOM.</summary>
    public static Gen<byte[]> BytesOf(Gen<string> text) => Gen.Frequency(
        (5, text.Select(t => Encoding.UTF8.GetBytes(t))),
        (2, Gen.Byte.Array[0, 8000]),
        (2, Gen.Select(text, Gen.Int[0, int.MaxValue], (t, seed) => WithInvalidUtf8(Encoding.UTF8.GetBytes(t), seed))),
        (1, text.Select(t => (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)])),
        (1, text.Select(t => (byte[])[.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(t)])));

    public static long Size(string s) => s.Length * 2L;

    public static long Size(byte[] b) => b.Length;

    private static Gen<string> Soup(string[] pieces, int maxPieces) =>
        Gen.Int[0, pieces.Length - 1].Array[0, maxPieces].Select(ix => string.Concat(ix.Select(i => pieces[i])));

    /// <summary>One or two pieces repeated 1,000-200,000 times: "aaaa...a!", ".........", "&lt;&lt;&lt;&lt;".</summary>
    private static Gen<string> Run(string[] pieces) => Gen.Select(
        Gen.Int[0, pieces.Length - 1], Gen.Int[0, pieces.Length - 1], Gen.Int[1_000, 200_000],
        (a, b, count) => new StringBuilder().Insert(0, pieces[a], count).Append(pieces[b]).ToString());

    /// <summary>A line of about a million characters without a line break.</summary>
    private static Gen<string> LongLine(string[] pieces) => Gen.Int[0, pieces.Length - 1].Array[1, 8].Select(ix =>
    {
        var sb = new StringBuilder(1_000_100);
        while (sb.Length < 1_000_000)
        {
            foreach (var i in ix)
            {
                sb.Append(pieces[i]);
            }
        }

        return sb.Replace('\n', ' ').Replace('\r', ' ').ToString();
    });

    private static byte[] WithInvalidUtf8(byte[] bytes, int seed)
    {
        byte[][] bad = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xFF], [0xFE], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0x00], [0xC3]];
        var random = new Random(seed);
        var result = new List<byte>(bytes);
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            result.InsertRange(random.Next(result.Count + 1), bad[random.Next(bad.Length)]);
        }

        return [.. result];
    }
}
