namespace Caravan.Pipeline.Stages.Extraction.Text;

/// <summary>Language-independent judgements about single lines of extracted text.</summary>
internal static class LineRules
{
    private const int MaxHeadlineChars = 250;

    /// <summary>
    /// Lines that are never article text in any language: no letters at all (counters such as
    /// "0" and "124", lone dots, bullets) or a single lower-case hyphenated token (icon and CSS
    /// class names leaked into text: "house-key", "fa-share").
    /// </summary>
    public static bool IsJunk(string line)
    {
        if (!line.Any(char.IsLetter))
        {
            return true;
        }

        return line.IndexOf(' ', StringComparison.Ordinal) < 0 && line.IndexOfAny(['-', '_']) > 0 &&
            line.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');
    }

    /// <summary>A line that reads as a headline or label: not too long and without a sentence-final period.</summary>
    public static bool IsHeadlineLike(string line)
    {
        if (line.Length > MaxHeadlineChars)
        {
            return false;
        }

        var t = line.TrimEnd('"', '\'', '”', '“', '»', '«', '’', ' ');
        return t.Length > 0 && t[^1] is not ('.' or ':' or ';' or ',');
    }

    /// <summary>Whether two of the label's name words (four letters or more) occur in the paragraph.</summary>
    public static bool SharesNameWords(string label, string paragraph)
    {
        var shared = 0;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && paragraph.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                shared++;
            }
        }

        return shared >= 2 || (shared == 1 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1);
    }
}
