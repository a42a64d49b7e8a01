namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>Metadata evidence found while walking a page: meta tags, JSON-LD, headings, times.</summary>
internal sealed class PageSignals
{
    /// <summary>&lt;meta&gt; name/property/itemprop (lower case) to content, first occurrence wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public List<string> JsonLd { get; } = [];

    public string? TitleTag { get; set; }

    /// <summary>The first &lt;h1&gt; (up to 8) and &lt;h2&gt;/&lt;h3&gt; (up to 40) headings, in document order.</summary>
    public List<PageHeading> Headings { get; } = [];

    /// <summary>datetime attributes of &lt;time&gt; elements and itemprop=datePublished values, in order.</summary>
    public List<(string Value, bool Published)> Times { get; } = [];

    /// <summary>Text of elements whose class/rel/itemprop marks an author (byline).</summary>
    public List<string> Bylines { get; } = [];

    public string? Canonical { get; set; }

    public string? HtmlLang { get; set; }
}
