using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Text;

/// <summary>Whitespace and line-end normalisation shared by the HTML and plain-text paths.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses every run of whitespace (including NBSP and zero-width space) to one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\uFEFF')
            {
                // Invisible: soft hyphens and zero-width characters join the word around them.
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// Splits text into trimmed lines with '\r\n', '\r', U+2028 and U+2029 treated as line ends;
    /// whitespace inside a line is collapsed. Blank lines come back as empty strings.
    /// </summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add(CollapseWhitespace(text[start..i]));
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>
    /// The text in Unicode normalization form C, as readers and search expect it: pages mix composed
    /// and decomposed forms ("ড়" as U+09DC or U+09A1 U+09BC; "é" as e + U+0301). Text with a lone
    /// surrogate cannot be normalized and is returned as it is.
    /// </summary>
    public static string Composed(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>A lookup key for a short line: lower case, whitespace collapsed, non-letters trimmed at both ends.</summary>
    public static string Key(string line)
    {
        var s = CollapseWhitespace(line).ToLowerInvariant();
        var a = 0;
        var b = s.Length;
        while (a < b && !char.IsLetter(s[a]))
        {
            a++;
        }

        while (b > a && !char.IsLetter(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }
}
