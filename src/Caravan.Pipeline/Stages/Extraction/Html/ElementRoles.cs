namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// What an element is to the extractor, judged from its tag and its class/id/role words. Word lists
/// are markup conventions (WordPress, Drupal, news CMS class names), not natural language, so they
/// live here rather than in language data. Matching is on whole words of the attribute split at
/// non-letters, so "head" never matches "ad".
/// </summary>
internal static class ElementRoles
{
    /// <summary>Elements whose content is never article text.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "select", "option", "textarea", "button", "input", "head", "map", "dialog", "menu",
    };

    /// <summary>Elements that break the text flow into separate blocks.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "html", "body", "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2",
        "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "tbody", "thead",
        "tfoot", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "center", "details",
        "summary", "caption", "hgroup", "legend", "hr",
    };

    /// <summary>
    /// Table cells are not blocks: a row reads as one line ("1 Kyle Busch 5040"), which is how data
    /// tables appear in article text, while layout tables still break at their paragraphs.
    /// </summary>
    public static bool IsCell(string tag) => tag is "td" or "th";

    /// <summary>
    /// Structural elements that hold page furniture rather than the article. Captions belong to the picture, not the
    /// text: the ScrapingHub gold leaves them out (+0.002 F1), and trafilatura's marks them as unwanted.
    /// </summary>
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "figcaption" };

    private static readonly HashSet<string> NeverMarked = new(StringComparer.Ordinal) { "html", "body", "main", "article" };

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies", "share", "sharing",
        "sharebar", "social", "socials", "related", "relatedposts", "sidebar", "footer",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
        "gdpr", "newsletter", "subscribe", "subscription", "promo", "promotion", "ad", "ads", "advert",
        "advertisement", "adsbygoogle", "banner", "sponsor", "sponsored", "popup", "modal", "overlay",
        "outbrain", "taboola", "recommended", "recommendations", "trending", "popular", "mostread",
        "pagination", "pager", "toolbar", "tags", "tagcloud", "taglist", "login", "signup", "masthead",
        "skip", "rating", "reactions", "author-bio", "authorbio", "bio", "byline", "meta", "postmeta",
        "entry-meta", "credits", "copyright", "disclaimer", "disclosure", "shariff", "author-box", "authorbox", "author-info", "about-author", "teaser", "teasers", "readmore", "toc", "caption", "wp-caption-text", "figcaption", "subnav", "topbar", "header",
    };

    private static readonly HashSet<string> HiddenWords = new(StringComparer.Ordinal)
    {
        "hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "offscreen", "d-none",
    };

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "articlebody", "article-body", "article-content", "article-text", "articletext", "entry-content",
        "post-content", "post-body", "postbody", "story-body", "storybody", "story-content", "content-body",
        "body-text", "bodytext", "article__body", "article__content", "text-content", "main-content",
        "post-entry", "entry-body", "td-post-content", "news-text", "rich-text", "richtext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup = BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenLookup = HiddenWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = ArticleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A test on one lower-cased word of a class/id attribute.</summary>
    public delegate bool WordTest(ReadOnlySpan<char> word);

    public static bool IsSkipped(string tag) => Skipped.Contains(tag);

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static bool IsFurniture(string tag) => FurnitureTags.Contains(tag);

    public static bool CanBeMarked(string tag) => !NeverMarked.Contains(tag);

    public static bool IsBoilerplateWord(ReadOnlySpan<char> word) => BoilerplateLookup.Contains(word);

    public static bool IsHiddenWord(ReadOnlySpan<char> word) => HiddenLookup.Contains(word);

    /// <summary>Overlays that only appear on hover (people cards and tooltips inside paragraphs).</summary>
    public static bool IsOverlayWord(ReadOnlySpan<char> word) => word is "tooltip" or "popover" or "rollover" or "hovercard";

    /// <summary>Consent banners and dialogs: never the article, whatever they hold.</summary>
    public static bool IsOverlayBoxWord(ReadOnlySpan<char> word) => word is "cookie" or "cookies" or "cookiebanner" or "consent" or "gdpr";

    public static bool IsArticleWord(ReadOnlySpan<char> word) => ArticleLookup.Contains(word);

    /// <summary>Longest class word tested; longer ones (generated names) match nothing.</summary>
    private const int MaxWordChars = 64;

    /// <summary>
    /// Tests each word of a class/id attribute, lower-cased, with <paramref name="test"/>: the whole
    /// hyphenated word ("entry-meta") and its parts ("entry", "meta"). Allocation-free: it runs on
    /// every element of every page.
    /// </summary>
    public static bool AnyWord(string? attribute, WordTest test, bool parts = true)
    {
        if (string.IsNullOrEmpty(attribute))
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWordChars];
        var rest = attribute.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && IsSpace(rest[start]))
            {
                start++;
            }

            var end = start;
            while (end < rest.Length && !IsSpace(rest[end]))
            {
                end++;
            }

            var raw = rest[start..end];
            rest = rest[end..];
            if (raw.IsEmpty || raw.Length > MaxWordChars)
            {
                continue;
            }

            var word = lower[..raw.ToLowerInvariant(lower)];
            if (test(word))
            {
                return true;
            }

            if (parts && word.IndexOfAny('-', '_') >= 0)
            {
                // Only the first and last parts: "post-comments", "share-buttons"; a middle part
                // is usually a framework's vocabulary ("elementor-widget-container").
                var trimmed = word.Trim("-_");
                var first = trimmed[..Math.Max(0, trimmed.IndexOfAny('-', '_'))];
                var last = trimmed[(trimmed.LastIndexOfAny('-', '_') + 1)..];
                if ((!first.IsEmpty && test(first)) || (!last.IsEmpty && !IsStatePrefix(first) && test(last)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// First parts that make a word a layout state of the page, not a name of the box: "no-sidebar", "has-sidebar",
    /// "with-comments" sit on the wrapper of the article itself.
    /// </summary>
    private static bool IsStatePrefix(ReadOnlySpan<char> first) => first is "no" or "has" or "with" or "without";

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
