using Caravan.Pipeline.Stages.Extraction.Metadata;

namespace Caravan.Pipeline.Stages.Extraction.Text;

/// <summary>
/// Cleans text that someone else extracted from a page: every non-empty line is judged on its own
/// (known boilerplate phrases from language data; structural junk such as counters, lone
/// punctuation and icon names), the page tail is cut at a comments / related-links heading in the
/// second half, a site blurb just before that cut is dropped, and a leading headline becomes the
/// title. Each kept line is a paragraph.
/// </summary>
public sealed class PlainTextCleaner(BoilerplateLexicon? lexicon = null)
{
    private const int MaxTitleWords = 30;
    private const int MaxSiteLabelWords = 3;
    private readonly BoilerplateLexicon _lexicon = lexicon ?? BoilerplateLexicon.Default;

    public CleanedText Clean(string text)
    {
        var lines = TextNormalizer.Lines(text).Where(l => l.Length > 0).ToList();
        var cut = CutTail(lines);
        var wasCut = cut < lines.Count;
        lines = [.. lines[..cut].Where(l => !LineRules.IsJunk(l) && !_lexicon.IsBoilerplate(l))];
        if (wasCut)
        {
            DropSiteBlurb(lines);
        }

        var (title, site) = TakeTitle(lines);
        return new CleanedText(title, lines, site);
    }

    /// <summary>Index of the first end marker that comes after half of the text's letters, or the line count.</summary>
    private int CutTail(List<string> lines)
    {
        var total = lines.Sum(l => l.Length);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (seen * 2 > total && _lexicon.IsEndMarker(lines[i]))
            {
                return i;
            }

            seen += lines[i].Length;
        }

        return lines.Count;
    }

    /// <summary>
    /// Drops "Site Name" + "Site Name is the magazine for ..." at the end of what remains: a short
    /// label whose words come back in the one paragraph after it (a self-description, not a subheading).
    /// </summary>
    private static void DropSiteBlurb(List<string> lines)
    {
        if (lines.Count < 3)
        {
            return;
        }

        var label = lines[^2];
        var blurb = lines[^1];
        if (LineRules.IsHeadlineLike(label) && BlockWords(label).Count <= 5 && LineRules.SharesNameWords(label, blurb))
        {
            lines.RemoveRange(lines.Count - 2, 2);
        }
    }

    private static List<string> BlockWords(string s) => [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// A first line that is a headline (no final period, followed by the body) becomes the title;
    /// a one-to-three word label before it ("Welt News") is dropped.
    /// </summary>
    private static (string? Title, string? Site) TakeTitle(List<string> lines)
    {
        if (lines.Count >= 3 && LineRules.IsHeadlineLike(lines[0]) && BlockWords(lines[0]).Count <= MaxSiteLabelWords &&
            LineRules.IsHeadlineLike(lines[1]) && BlockWords(lines[1]).Count > MaxSiteLabelWords)
        {
            lines.RemoveAt(0);
        }

        if (lines.Count < 2 || !LineRules.IsHeadlineLike(lines[0]))
        {
            return (null, null);
        }

        var words = BlockWords(lines[0]).Count;
        if (words <= MaxSiteLabelWords)
        {
            // A lone label before the body is a section or site name, not a headline.
            lines.RemoveAt(0);
            return (null, null);
        }

        if (words > MaxTitleWords || lines[1].Length < lines[0].Length)
        {
            return (null, null);
        }

        var raw = lines[0];
        lines.RemoveAt(0);
        var title = TitleResolver.StripSite(raw, null, allowPrefix: false);
        var site = title.Length < raw.Length ? raw[title.Length..].TrimStart(' ', '|', '-', '–', '—', ':', '»', '«', '·').Trim() : null;
        return (title, string.IsNullOrEmpty(site) ? null : site);
    }
}
