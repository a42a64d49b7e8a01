namespace Caravan.Web;

/// <summary>One site (publisher) of the stored articles: how many, in which languages, how recent.</summary>
public sealed record SiteSummary(string Site, int Articles, ImmutableArray<string> Languages, DateTimeOffset? Latest)
{
    /// <summary>Articles without a site are grouped under "(unknown)".</summary>
    public const string Unknown = "(unknown)";

    /// <summary>The sites of <paramref name="articles"/>, most articles first, then by name (ordinal).</summary>
    public static ImmutableArray<SiteSummary> Of(IEnumerable<Article> articles) =>
    [
        .. articles
            .GroupBy(a => a.Site ?? Unknown, StringComparer.Ordinal)
            .Select(g => new SiteSummary(
                g.Key,
                g.Count(),
                [.. g.Select(a => a.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Max(a => a.Published)))
            .OrderByDescending(s => s.Articles)
            .ThenBy(s => s.Site, StringComparer.Ordinal),
    ];
}
