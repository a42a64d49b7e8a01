using System.Text;
using Caravan.Pipeline.Stages.Extraction.Html;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>
/// Picks the headline a reader sees. An &lt;h1&gt; that agrees with the page's declared titles
/// (og:title, JSON-LD headline, &lt;title&gt;) is the visible headline; otherwise the declared titles
/// are used with the site name cut off ("Headline | Site", "Site » Headline").
/// </summary>
internal static class TitleResolver
{
    private const int MinOnlyH1Chars = 10;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " ǀ ", " : ", " / "];

    /// <summary>The title and its provenance, from the page's headings and declared titles (most trusted first).</summary>
    public static (string? Title, FieldProvenance? Provenance) Resolve(
        IReadOnlyList<PageHeading> headings, int textStart, string? visibleHeadline, DeclaredTitles declared, string? siteName)
    {
        // Post titles in h2/h3 stand above the text; below it they name other posts (related, sliders).
        string?[] titles = [declared.OgTitle, declared.Headline, declared.DcTitle, declared.TitleTag];
        var candidates = headings.Where(h => h.Level == 1 || h.Block <= textStart).Select(h => WithoutDeclaredKicker(h, titles)).ToList();
        var (title, provenance) = Choose(candidates, textStart, visibleHeadline, declared, siteName);

        // Headings repeat the site name too ("Headline | Site"); the name never starts a visible headline.
        return (title is null ? null : StripNamedSite(title, siteName), provenance);
    }

    /// <summary>
    /// A heading's leading element is a kicker when a declared title sets it apart with a separator:
    /// "&lt;span&gt;Olympische Spiele in Paris&lt;/span&gt; Getränke per Schiff ins Stadtzentrum" under the
    /// &lt;title&gt; "Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Site".
    /// </summary>
    private static PageHeading WithoutDeclaredKicker(PageHeading heading, string?[] declared)
    {
        if (heading.Lead is not { } lead || heading.Text != heading.Full)
        {
            return heading;
        }

        foreach (var d in declared)
        {
            var title = d is null ? null : TextNormalizer.CollapseWhitespace(d);
            if (title is not null && Separators.Any(sep => title.StartsWith(lead + sep, StringComparison.OrdinalIgnoreCase)))
            {
                return heading with { Text = HeadingText.WithoutKicker(heading.Full, lead.Length) };
            }
        }

        return heading;
    }

    /// <summary>Cuts "| Site" only when the tail is the known site name or a domain name.</summary>
    private static string StripNamedSite(string title, string? siteName)
    {
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last <= 0)
            {
                continue;
            }

            var tail = title[(last + sep.Length)..].Trim();
            var named = siteName is not null && tail.Length > 0 &&
                (tail.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase));
            var domain = tail.Contains('.', StringComparison.Ordinal) && !tail.Contains(' ', StringComparison.Ordinal) && tail.Length > 3;
            if (named || domain)
            {
                return title[..last].Trim();
            }
        }

        return title;
    }

    private static (string? Title, FieldProvenance? Provenance) Choose(
        IReadOnlyList<PageHeading> headings, int textStart, string? visibleHeadline, DeclaredTitles titles, string? siteName)
    {
        string?[] declared = [titles.OgTitle, titles.Headline, titles.DcTitle, titles.TitleTag];
        var mains = declared.Where(d => d is not null).SelectMany(d => MainParts(d!, siteName)).ToList();

        // A heading that is a declared title, or its part before the site name, is the headline:
        // h1s first, then the h2/h3 that blogs use for the post title under a site-name h1.
        foreach (var level in new[] { 1, 2, 3 })
        {
            // A declared title, whole, is never the site name unless it says so (og:site_name).
            foreach (var h in headings)
            {
                if (h.Level == level && h.Text.Length is >= 2 and <= 300 && !IsSiteName(h.Text, siteName, null) &&
                    declared.Any(d => d is not null && Same(h.Text, d)))
                {
                    return (h.Text, new FieldProvenance(level == 1 ? "h1" : "heading", level == 1 ? 0.95 : 0.9));
                }
            }

            foreach (var h in headings)
            {
                if (h.Level == level && h.Text.Length is >= 2 and <= 300 && !IsSiteName(h.Text, siteName, titles.TitleTag) &&
                    mains.Any(m => Same(h.Text, m)))
                {
                    return (h.Text, new FieldProvenance(level == 1 ? "h1" : "heading", level == 1 ? 0.95 : 0.85));
                }
            }
        }

        foreach (var h in headings)
        {
            if (h.Level != 1 || h.Text.Length is < 4 or > 300 || IsSiteName(h.Text, siteName, titles.TitleTag))
            {
                continue;
            }

            foreach (var d in declared)
            {
                if (d is not null && Agrees(h.Text, d))
                {
                    return (h.Text, new FieldProvenance("h1", 0.9));
                }
            }

            foreach (var d in declared)
            {
                var main = d is null ? null : StripSite(d, siteName);
                if (main is not { Length: >= 10 } || h.Text.Length <= main.Length)
                {
                    continue;
                }

                // "Kicker Headline" in the h1 (a topic label in its own span) with the headline declared alone.
                if (h.Text.EndsWith(main, StringComparison.OrdinalIgnoreCase))
                {
                    return (h.Text[^main.Length..], new FieldProvenance("h1", 0.9));
                }
            }
        }

        // The only h1 above the text is the headline even where the declared titles say something
        // else (a section name, "Home", a social-media teaser), unless another heading shows a
        // declared title; h1s further down head sections.
        var h1s = headings.Where(h => h.Level == 1 && h.Block <= textStart).ToList();
        var shown = h1s.Count == 1 && mains.Any(m => m.Length >= MinOnlyH1Chars &&
            headings.Any(h => h != h1s[0] && h.Full.Contains(m, StringComparison.OrdinalIgnoreCase)));
        if (h1s.Count == 1 && !shown && h1s[0].Text.Length is >= MinOnlyH1Chars and <= 300 && !IsSiteName(h1s[0].Text, siteName, titles.TitleTag))
        {
            return (h1s[0].Text, new FieldProvenance("h1", 0.7));
        }

        // Blogs and small sites declare the site name as every page's title; the heading right
        // above the text is what the reader sees as the title.
        if (visibleHeadline is { Length: >= 3 and <= 300 } && !IsSiteName(visibleHeadline, siteName, titles.TitleTag) &&
            (SharesWord(visibleHeadline, declared) || declared.All(d => d is null || IsSiteName(d, siteName, null))))
        {
            return (visibleHeadline, new FieldProvenance("heading", 0.75));
        }

        if (titles.OgTitle is { Length: > 0 })
        {
            return (StripSite(titles.OgTitle, siteName), new FieldProvenance("meta", 0.85));
        }

        if (titles.Headline is { Length: > 0 })
        {
            return (titles.Headline, new FieldProvenance("json-ld", 0.85));
        }

        if (titles.DcTitle is { Length: > 0 })
        {
            return (titles.DcTitle, new FieldProvenance("meta", 0.8));
        }

        if (titles.TitleTag is { Length: > 0 })
        {
            return (StripSite(titles.TitleTag, siteName), new FieldProvenance("title", 0.7));
        }

        var first = headings.FirstOrDefault(h => h.Level == 1);
        return first is not null ? (first.Text, new FieldProvenance("h1", 0.5)) : (null, null);
    }

    /// <summary>
    /// What part of a declared title can be the headline: the whole, the whole without the site
    /// name, and its first segment ("Headline - Section - Site").
    /// </summary>
    private static IEnumerable<string> MainParts(string declared, string? siteName)
    {
        var whole = TextNormalizer.CollapseWhitespace(declared);
        yield return whole;
        yield return StripSite(whole, siteName);
        foreach (var sep in Separators)
        {
            var at = whole.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return whole[..at].Trim();
            }
        }
    }

    /// <summary>Equal up to case, whitespace, dash and quote styles, and "..." for "…".</summary>
    private static bool Same(string a, string b) =>
        string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static string Canonical(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in TextNormalizer.CollapseWhitespace(s).ToLowerInvariant())
        {
            sb.Append(c switch
            {
                '–' or '—' or '‒' or '−' => '-',
                '‘' or '’' or '‚' or '′' or '`' or '´' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                '…' => '.',
                _ => c,
            });
        }

        return sb.ToString().Trim(' ', '.');
    }

    /// <summary>The h1 is the declared title's main part (the declared title adds a kicker or a site name).</summary>
    private static bool Agrees(string h1, string declared)
    {
        var a = TextNormalizer.CollapseWhitespace(h1);
        var b = TextNormalizer.CollapseWhitespace(declared);
        if (Same(a, b))
        {
            return true;
        }

        if (a.Length < 10 || a.Length * 3 < b.Length || !b.Contains(a, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Post title | Blog name" with the blog name as the h1: the tail after a separator is the site.
        return !Separators.Any(sep => b.EndsWith(sep + a, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the heading shares a word of four letters or more with a declared title (section labels share none).</summary>
    private static bool SharesWord(string heading, string?[] declared)
    {
        foreach (var word in heading.Split([' ', ':', ',', '-', '–', '"', '„', '“', '«', '»', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && declared.Any(d => d is not null && d.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSiteName(string heading, string? siteName, string? titleTag)
    {
        var key = TextNormalizer.Key(heading);
        if (siteName is not null && TextNormalizer.Key(siteName) == key)
        {
            return true;
        }

        // A heading that is only the tail of the <title> ("Post | Site Name") is the site name;
        // after a colon ("Site: Headline") the tail is the headline.
        if (titleTag is null || key.Length == 0)
        {
            return false;
        }

        var title = TextNormalizer.Key(titleTag);
        if (title == key || !title.EndsWith(key, StringComparison.Ordinal) || title.StartsWith(key, StringComparison.Ordinal))
        {
            return false;
        }

        var full = TextNormalizer.CollapseWhitespace(titleTag);
        var tail = full.LastIndexOf(heading.Trim(), StringComparison.OrdinalIgnoreCase);
        return tail <= 0 || !full[..tail].TrimEnd().EndsWith(':');
    }

    /// <summary>Removes a site name at either end of a title, split at a separator.</summary>
    public static string StripSite(string title, string? siteName, bool allowPrefix = true)
    {
        var t = TextNormalizer.CollapseWhitespace(title);
        for (var round = 0; round < 3; round++)
        {
            var stripped = StripOnce(t, siteName, allowPrefix);
            if (stripped.Length == t.Length)
            {
                break;
            }

            t = stripped;
        }

        return StripBareSite(t);
    }

    /// <summary>
    /// Titles in scripts written without spaces (Chinese, Japanese, Korean news) set the site name off
    /// with a bare "-", "_" or "|": "武汉的声音：有英勇的你，才有英雄的城！-新华网".
    /// </summary>
    private static string StripBareSite(string t)
    {
        var at = t.LastIndexOfAny(['-', '_', '|']);
        var tail = t.Length - at - 1;
        return at > 0 && tail is >= 2 and <= 12 && at >= 2 * tail && IsCjk(t[at - 1]) && IsCjk(t[at + 1]) &&
            !t.AsSpan(at + 1).Contains(' ')
            ? t[..at].Trim()
            : t;
    }

    private static bool IsCjk(char c) => c is (>= '\u3000' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uFF00' and <= '\uFFEF');

    private static string StripOnce(string t, string? siteName, bool allowPrefix)
    {
        foreach (var sep in Separators)
        {
            var last = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = t[(last + sep.Length)..];
                if (IsSiteLike(tail, siteName) && last >= tail.Length)
                {
                    return t[..last].Trim();
                }
            }

            var first = t.IndexOf(sep, StringComparison.Ordinal);
            if (allowPrefix && first > 0)
            {
                var head = t[..first];
                var rest = t[(first + sep.Length)..];
                if (IsSiteLike(head, siteName) && rest.Length > head.Length * 2)
                {
                    return rest.Trim();
                }
            }
        }

        return t;
    }

    private static bool IsSiteLike(string part, string? siteName) =>
        (siteName is not null && (part.Contains(siteName, StringComparison.OrdinalIgnoreCase) ||
                                   siteName.Contains(part, StringComparison.OrdinalIgnoreCase))) ||
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
}

/// <summary>The titles a page declares about itself: og:title (else twitter:title), JSON-LD headline, dc.title, &lt;title&gt;.</summary>
internal sealed record DeclaredTitles(string? OgTitle, string? Headline, string? DcTitle, string? TitleTag);
