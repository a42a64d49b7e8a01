using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>
/// Picks the headline a reader sees. An &lt;h1&gt; that agrees with the page's declared titles
/// (og:title, JSON-LD headline, &lt;title&gt;) is the visible headline; otherwise the declared titles
/// are used with the site name cut off ("Headline | Site", "Site » Headline").
/// </summary>
internal static class TitleResolver
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " ǀ ", " : ", " / "];

    public static (string? Title, FieldProvenance? Provenance) Resolve(
        IReadOnlyList<string> h1, string? visibleHeadline, string? ogTitle, string? headline, string? titleTag, string? siteName)
    {
        var (title, provenance) = Choose(h1, visibleHeadline, ogTitle, headline, titleTag, siteName);

        // Headings repeat the site name too ("Headline | Site"); the name never starts a visible headline.
        return (title is null ? null : StripNamedSite(title, siteName), provenance);
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
        IReadOnlyList<string> h1, string? visibleHeadline, string? ogTitle, string? headline, string? titleTag, string? siteName)
    {
        string?[] declared = [ogTitle, headline, titleTag];
        foreach (var h in h1)
        {
            if (h.Length < 4 || h.Length > 300)
            {
                continue;
            }

            foreach (var d in declared)
            {
                if (d is not null && Agrees(h, d))
                {
                    return (h, new FieldProvenance("h1", 0.95));
                }
            }

            // "Kicker Headline" in the h1 (a topic label in its own span) with the headline declared alone.
            foreach (var d in declared)
            {
                var main = d is null ? null : StripSite(d, siteName);
                if (main is { Length: >= 10 } && h.Length > main.Length && h.EndsWith(main, StringComparison.OrdinalIgnoreCase))
                {
                    return (h[^main.Length..], new FieldProvenance("h1", 0.9));
                }
            }
        }

        // Blogs and small sites declare the site name as every page's title; the heading right
        // above the text is what the reader sees as the title.
        if (visibleHeadline is { Length: >= 3 and <= 300 } && !IsSiteName(visibleHeadline, siteName, titleTag) &&
            (SharesWord(visibleHeadline, declared) || declared.All(d => d is null || IsSiteName(d, siteName, null))))
        {
            return (visibleHeadline, new FieldProvenance("heading", 0.75));
        }

        if (ogTitle is { Length: > 0 })
        {
            return (StripSite(ogTitle, siteName), new FieldProvenance("meta", 0.85));
        }

        if (headline is { Length: > 0 })
        {
            return (headline, new FieldProvenance("json-ld", 0.85));
        }

        if (titleTag is { Length: > 0 })
        {
            return (StripSite(titleTag, siteName), new FieldProvenance("title", 0.7));
        }

        return h1.Count > 0 ? (h1[0], new FieldProvenance("h1", 0.5)) : (null, null);
    }

    /// <summary>The h1 is the declared title, or its main part (the declared title adds a site name or a kicker).</summary>
    private static bool Agrees(string h1, string declared)
    {
        var a = TextNormalizer.CollapseWhitespace(h1);
        var b = TextNormalizer.CollapseWhitespace(declared);
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return a.Length >= 10 && a.Length * 3 >= b.Length && b.Contains(a, StringComparison.OrdinalIgnoreCase);
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

        // A heading that is only the tail of the <title> ("Post | Site Name") is the site name.
        return titleTag is not null && key.Length > 0 && TextNormalizer.Key(titleTag) != key &&
            TextNormalizer.Key(titleTag).EndsWith(key, StringComparison.Ordinal) && !TextNormalizer.Key(titleTag).StartsWith(key, StringComparison.Ordinal);
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

        return t;
    }

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
