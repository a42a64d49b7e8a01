using System.Net;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Puts back the article's lead (standfirst) when the content selection left it out. News CMSs set
/// the lead in the article header, in elements named like furniture ("article-intro" inside
/// "o-article-header", "ce-news--teaser"), outside the subtree that holds the body text. The lead is
/// recognised by the page's own summary: a block above the text, or dropped inside it, whose text is
/// the declared description (og:description, meta description), whole, truncated, or its opening,
/// alone or after a short kicker ending in a colon.
/// Only a lead of two sentences or more is put back: a one-line dek under the headline is a
/// subheadline, not article text (the ScrapingHub gold leaves deks out; trafilatura's keeps leads).
/// </summary>
internal static class LeadParagraph
{
    /// <summary>Blocks above the article's first kept block searched for the lead.</summary>
    private const int SearchBlocksBefore = 25;

    /// <summary>Shorter descriptions are slogans or section blurbs, not leads.</summary>
    private const int MinDescriptionChars = 40;

    /// <summary>A block shorter than this is a label even when a description starts with it.</summary>
    private const int MinLeadChars = 30;

    /// <summary>Longest kicker before a lead that repeats the description.</summary>
    private const int MaxKickerChars = 60;

    private static readonly string[] DescriptionMeta = ["og:description", "description", "twitter:description", "dc.description"];

    public static List<TextBlock> Restore(PageModel model, List<TextBlock> body, ExtractionOptions options)
    {
        if (body.Count == 0)
        {
            return body;
        }

        var descriptions = Descriptions(model.Signals);
        if (descriptions.Count == 0)
        {
            return body;
        }

        var blocks = model.Blocks;
        var kept = new HashSet<TextBlock>(body, ReferenceEqualityComparer.Instance);
        var first = blocks.FindIndex(b => ReferenceEquals(b, body[0]));
        var last = blocks.FindIndex(first, b => ReferenceEquals(b, body[^1]));
        for (var i = Math.Max(0, first - SearchBlocksBefore); i < last; i++)
        {
            var block = blocks[i];
            if (kept.Contains(block) || block.IsHeading || block.LinkDensity > options.MaxGoodLinkDensity || !RepeatsDescription(block.Text, descriptions))
            {
                continue;
            }

            // The lead sits once in the text: a body that repeats it already has it.
            var text = Canonical(block.Text);
            if (body.Any(b => Canonical(b.Text).StartsWith(text, StringComparison.Ordinal)))
            {
                return body;
            }

            // Body blocks are in document order: the lead goes before the first one that follows it.
            var at = 0;
            for (var j = first; j < i; j++)
            {
                at += at < body.Count && ReferenceEquals(blocks[j], body[at]) ? 1 : 0;
            }

            var result = new List<TextBlock>(body);
            result.Insert(at, block);
            return result;
        }

        return body;
    }

    /// <summary>
    /// The paragraph is the page's declared lead (what <see cref="Restore"/> puts back): two sentences or more that
    /// repeat a declared description. A JSON-LD article body that replaces the page text often starts after it.
    /// </summary>
    public static bool IsDeclaredLead(PageModel model, string paragraph) => RepeatsDescription(paragraph, Descriptions(model.Signals));

    /// <summary>A text of a lead's length and two sentences or more that is a declared description, or opens with one (<see cref="IsLead"/>).</summary>
    private static bool RepeatsDescription(string text, List<string> descriptions)
    {
        if (text.Length < MinLeadChars || !HasTwoSentences(text))
        {
            return false;
        }

        var canonical = Canonical(text);
        return descriptions.Any(d => IsLead(canonical, d));
    }

    /// <summary>The block is the description, or it opens the block (a truncated or one-sentence description), or follows a kicker, or the block opens it.</summary>
    private static bool IsLead(string block, string description) =>
        block == description || block.StartsWith(description, StringComparison.Ordinal) ||
        IsKickedLead(block, description) ||
        (description.StartsWith(block, StringComparison.Ordinal) && block.Length * 2 >= description.Length);

    /// <summary>
    /// The description after a kicker that ends in a colon ("Schwere Schlappe für Boris Johnson: Der Premierminister
    /// muss…"): news leads open with a short tag line that the declared description leaves out.
    /// </summary>
    private static bool IsKickedLead(string block, string description)
    {
        var at = block.IndexOf(description, StringComparison.Ordinal);
        return at > 0 && at <= MaxKickerChars && block.AsSpan(0, at).TrimEnd().EndsWith(":", StringComparison.Ordinal);
    }

    /// <summary>A sentence end inside the text: '.', '!' or '?' after a word of three letters or more ("Dr. Smith" is none), then an upper-case letter.</summary>
    private static bool HasTwoSentences(string text)
    {
        for (var i = 3; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) &&
                char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2]) && char.IsLetter(text[i - 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Descriptions(PageSignals signals)
    {
        var list = new List<string>(2);
        foreach (var key in DescriptionMeta)
        {
            if (signals.Meta.TryGetValue(key, out var value))
            {
                var d = Canonical(WebUtility.HtmlDecode(value)).TrimEnd('.', '…', ' ', '[', ']');
                if (d.Length >= MinDescriptionChars && !list.Contains(d))
                {
                    list.Add(d);
                }
            }
        }

        return list;
    }

    private static string Canonical(string text) => TextNormalizer.CollapseWhitespace(text).ToLowerInvariant();
}
