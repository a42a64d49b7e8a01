using Caravan.Pipeline.Stages.Extraction.Html;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>
/// Decides each metadata field from the page's evidence, most reliable source first:
/// JSON-LD, then meta tags, then markup (&lt;time&gt;, bylines, &lt;h1&gt;), then the URL, then visible
/// text. Each decided field records its source and a confidence in the provenance.
/// </summary>
internal sealed class MetadataResolver(DateParser dates, ExtractionOptions options)
{
    private readonly VisibleDateFinder _visible = new(dates, options);

    private const int HeadlineSearchBlocks = 25;

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "article.published", "datepublished", "og:published_time",
        "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "sailthru.date", "parsely-pub-date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date",
        "citation_publication_date", "citation_date", "article_date_original", "cxenseparse:recs:publishtime",
        "originalpublicationdate", "article:post_date", "og:pubdate", "created", "datecreated", "release_date",
    ];

    private static readonly string[] AuthorMeta = ["author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "citation_author"];

    private static readonly string[] BylinePrefixes = ["by ", "von ", "de ", "par ", "por ", "di ", "door ", "autor: ", "author: ", "автор: ", "text: ", "text von "];

    public ArticleMetadata Resolve(PageModel page, JsonLdFacts ld, IReadOnlyList<TextBlock> body, string? url)
    {
        var s = page.Signals;
        var provenance = ImmutableDictionary.CreateBuilder<string, FieldProvenance>(StringComparer.Ordinal);
        var site = Meta(s, "og:site_name") ?? ld.Publisher ?? Meta(s, "application-name");
        if (site is not null)
        {
            provenance["site"] = new FieldProvenance(Meta(s, "og:site_name") is not null ? "meta" : "json-ld", 0.9);
        }

        var declared = new DeclaredTitles(
            Meta(s, "og:title") ?? Meta(s, "twitter:title"), ld.Headline, Meta(s, "dc.title") ?? Meta(s, "dcterms.title"), s.TitleTag);
        var (title, titleSource) = TitleResolver.Resolve(
            s.Headings, body.Count > 0 ? page.Blocks.IndexOf(body[0]) : page.Blocks.Count, VisibleHeadline(page, body), declared, site);
        if (titleSource is not null)
        {
            provenance["title"] = titleSource;
        }

        var canonical = s.Canonical ?? Meta(s, "og:url") ?? ld.Url ?? url;
        if (canonical is not null)
        {
            provenance["url"] = new FieldProvenance(s.Canonical is not null ? "link" : "meta", 0.9);
        }

        var (published, dateSource) = Published(page, ld, body, canonical, url);
        if (dateSource is not null)
        {
            provenance["published"] = dateSource;
        }

        var author = Author(s, ld, out var authorSource);
        if (authorSource is not null)
        {
            provenance["author"] = authorSource;
        }

        return new ArticleMetadata(title, published, author, site, canonical, s.HtmlLang, provenance.ToImmutable());
    }

    /// <summary>The nearest h1 shortly above the article text, else an h2/h3 right above it.</summary>
    private static string? VisibleHeadline(PageModel page, IReadOnlyList<TextBlock> body)
    {
        if (body.Count == 0)
        {
            return null;
        }

        var start = page.Blocks.IndexOf(body[0]);
        for (var i = start - 1; i >= 0 && i >= start - HeadlineSearchBlocks; i--)
        {
            if (page.Blocks[i].Tag == "h1")
            {
                return page.Blocks[i].Text;
            }
        }

        for (var i = start - 1; i >= 0 && i >= start - 4; i--)
        {
            if (page.Blocks[i].Tag is "h2" or "h3")
            {
                return page.Blocks[i].Text;
            }
        }

        return null;
    }

    private (DateTimeOffset?, FieldProvenance?) Published(PageModel page, JsonLdFacts ld, IReadOnlyList<TextBlock> body, string? canonical, string? url)
    {
        var machine = MachineDate(page, ld, canonical, url);
        var visible = _visible.Find(page, body, afterEnd: false);

        // A dateline the reader sees wins over a machine date from another day (CMSs fill
        // datePublished with the modification or indexing time); the machine date wins when they
        // agree, since it carries the time of day, also when the line is read with day and month
        // swapped ("11/01/2021" on a US page).
        if (visible is { Dateline: true } v && machine.Item1 is { } m && v.Date.Date != m.Date && !Swapped(v.Date, m))
        {
            return (v.Date, new FieldProvenance("text", 0.6));
        }

        if (machine.Item1 is not null)
        {
            return machine;
        }

        if ((visible ?? _visible.Find(page, body, afterEnd: true)) is { } found)
        {
            return (found.Date, new FieldProvenance("text", 0.6));
        }

        // Last, the page's own summary ("Notizia del 14 Gennaio 2020"): a date there names the
        // article's day more often than anything else when the page shows no date at all.
        foreach (var key in DescriptionMeta)
        {
            if (Meta(page.Signals, key) is { Length: <= 400 } d && dates.ParseText(d) is { } described)
            {
                return (described, new FieldProvenance("meta", 0.4));
            }
        }

        return (null, null);
    }

    private static readonly string[] DescriptionMeta = ["og:description", "description"];

    private static bool Swapped(DateTimeOffset visible, DateTimeOffset machine) =>
        visible.Day <= 12 && visible.Year == machine.Year && visible.Day == machine.Month && visible.Month == machine.Day;

    private (DateTimeOffset?, FieldProvenance?) MachineDate(PageModel page, JsonLdFacts ld, string? canonical, string? url)
    {
        var s = page.Signals;
        if (dates.ParseMachine(ld.DatePublished) is { } d1)
        {
            return (d1, new FieldProvenance("json-ld", 0.95));
        }

        foreach (var key in PublishedMeta)
        {
            if (dates.ParseMachine(Meta(s, key)) is { } d2)
            {
                return (d2, new FieldProvenance("meta", 0.9));
            }
        }

        foreach (var (value, marked) in s.Times)
        {
            if (marked && dates.ParseMachine(value) is { } d3)
            {
                return (d3, new FieldProvenance("time", 0.85));
            }
        }

        if (dates.ParseMachine(ld.DateCreated) is { } d4)
        {
            return (d4, new FieldProvenance("json-ld", 0.8));
        }

        // Site-specific meta names ("zdf:publicationDate", "cXenseParse:publishtime").
        foreach (var (key, value) in s.Meta.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if ((key.Contains("publish", StringComparison.Ordinal) || key.Contains("publication", StringComparison.Ordinal) ||
                 key.Contains("pubdate", StringComparison.Ordinal)) && dates.ParseMachine(value) is { } d7)
            {
                return (d7, new FieldProvenance("meta", 0.8));
            }
        }

        if (dates.ParseMachine(ld.OtherDatePublished) is { } d8)
        {
            return (d8, new FieldProvenance("json-ld", 0.7));
        }

        foreach (var u in new[] { canonical, url })
        {
            if (u is not null && UrlDate.Find(u, dates) is { } d5)
            {
                return (d5, new FieldProvenance("url", 0.8));
            }
        }

        if (s.Times.Count > 0 && dates.ParseMachine(s.Times[0].Value) is { } d6)
        {
            return (d6, new FieldProvenance("time", 0.7));
        }

        return (null, null);
    }

    private static string? Author(PageSignals s, JsonLdFacts ld, out FieldProvenance? source)
    {
        if (ld.Author is not null)
        {
            source = new FieldProvenance("json-ld", 0.9);
            return ld.Author;
        }

        foreach (var key in AuthorMeta)
        {
            var v = Meta(s, key);
            if (v is not null && !v.StartsWith("http", StringComparison.OrdinalIgnoreCase) && v.Length <= 120)
            {
                source = new FieldProvenance("meta", 0.85);
                return v;
            }
        }

        foreach (var b in s.Bylines)
        {
            var v = CleanByline(b);
            if (v.Length is >= 3 and <= 80)
            {
                source = new FieldProvenance("byline", 0.6);
                return v;
            }
        }

        source = null;
        return null;
    }

    private static string CleanByline(string byline)
    {
        var v = TextNormalizer.CollapseWhitespace(byline);
        foreach (var p in BylinePrefixes)
        {
            if (v.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return v[p.Length..].Trim();
            }
        }

        return v;
    }

    private static string? Meta(PageSignals s, string key) =>
        s.Meta.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? System.Net.WebUtility.HtmlDecode(v).Trim() : null;
}
