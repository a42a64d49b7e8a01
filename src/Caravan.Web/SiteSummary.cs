namespace Caravan.Web;

/// <summary>
/// One source of the stored articles: a site (publisher) as extraction named it, else the host of the
/// article's URL, else "(unknown)"; how many articles, in which languages, how recent.
/// </summary>
/// <param name="Site">The site's name, a host or "(unknown)".</param>
/// <param name="Named">True when <paramref name="Site"/> is the articles' site field (a search filter), false for a host or unknown.</param>
/// <param name="Articles">How many stored articles.</param>
/// <param name="Languages">Their languages (ISO codes, ordinal order).</param>
/// <param name="Latest">The latest publication date, if any has one.</param>
public sealed record SiteSummary(string Site, bool Named, int Articles, ImmutableArray<string> Languages, DateTimeOffset? Latest)
{
    public const string Unknown = "(unknown)";

    /// <summary>The sources of <paramref name="articles"/>, most articles first, then by name (ordinal).</summary>
    public static ImmutableArray<SiteSummary> Of(IEnumerable<Article> articles) =>
    [
        .. articles
            .GroupBy(a => (Name: a.Site ?? Host(a.Source.Url) ?? Unknown, Named: a.Site is not null))
            .Select(g => new SiteSummary(
                g.Key.Name,
                g.Key.Named,
                g.Count(),
                [.. g.Select(a => a.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Max(a => a.Published)))
            .OrderByDescending(s => s.Articles)
            .ThenBy(s => s.Site, StringComparer.Ordinal),
    ];

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
}
