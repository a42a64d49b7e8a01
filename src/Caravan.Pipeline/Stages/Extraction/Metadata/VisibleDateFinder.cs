using Caravan.Pipeline.Stages.Extraction.Html;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>A date written in the page near the article.</summary>
/// <param name="Date">The date.</param>
/// <param name="Dateline">
/// It stands above the text, opens a paragraph, or fills a short line of its own ("15.12.2022",
/// "Ariel Melgar 3/5/2022 22:41"): where a page says when it was published. A date inside a
/// sentence of the text ("Termin: 21.02.2020, 19 Uhr", an embedded post's "May 2, 2020") names an event.
/// </param>
internal sealed record VisibleDate(DateTimeOffset Date, bool Dateline);

/// <summary>
/// Finds a date written near the article: first the lines above the text, nearest first, then its
/// first lines, then (when asked) the lines right after it. Quotations and embedded posts
/// (&lt;blockquote&gt;) carry other people's dates and are skipped.
/// </summary>
internal sealed class VisibleDateFinder(DateParser dates, ExtractionOptions options)
{
    private const int MaxDatelineWords = 4;
    private const int MaxAncestors = 64;

    public VisibleDate? Find(PageModel page, IReadOnlyList<TextBlock> body, bool afterEnd)
    {
        var blocks = page.Blocks;
        var start = body.Count > 0 ? blocks.IndexOf(body[0]) : 0;
        var end = body.Count > 0 ? blocks.IndexOf(body[^1]) + 1 : 0;
        var order = Enumerable.Range(Math.Max(0, start - options.DateSearchBlocksBefore), Math.Min(start, options.DateSearchBlocksBefore)).Reverse()
            .Concat(Enumerable.Range(start, Math.Max(0, Math.Min(end, blocks.Count) - start)).Take(options.DateSearchBlocksAfter))
            .Concat(Enumerable.Range(end, afterEnd ? Math.Max(0, Math.Min(blocks.Count - end, options.DateSearchBlocksAfter)) : 0));
        foreach (var i in order)
        {
            var block = blocks[i];
            if (InQuotation(page, block))
            {
                continue;
            }

            var text = block.Text;
            if (text.Length <= options.MaxDateLineChars && dates.ParseText(text) is { } d)
            {
                return new VisibleDate(d, i < start || IsDateline(text));
            }

            // "BERLIN, 01.02.2022 – ..." / "(21. November 2022) ...": a dateline opening a paragraph.
            if (text.Length > options.MaxDateLineChars && dates.ParseLeading(text) is { } lead)
            {
                return new VisibleDate(lead, true);
            }
        }

        return null;
    }

    /// <summary>A line that holds little besides the date: a few words (a name, "am", "pm") and no label ("Termin:").</summary>
    private bool IsDateline(string line)
    {
        var tokens = DateTokens.Split(line);
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Length < 2 || !char.IsLetter(t[0]) || dates.IsMonthName(t))
            {
                continue;
            }

            if (++words > MaxDatelineWords || (i + 1 < tokens.Count && tokens[i + 1] == ":"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InQuotation(PageModel page, TextBlock block)
    {
        var box = block.Box;
        for (var steps = 0; box >= 0 && steps < MaxAncestors; steps++)
        {
            if (page.Boxes[box].Tag == "blockquote")
            {
                return true;
            }

            box = page.Boxes[box].Parent;
        }

        return false;
    }
}
