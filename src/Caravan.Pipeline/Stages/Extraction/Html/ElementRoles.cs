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

    /// <summary>Structural elements that hold page furniture rather than the article.</summary>
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "nav", "aside", "footer" };

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
        "entry-meta", "credits", "copyright", "teaser", "teasers", "readmore", "toc", "caption", "wp-caption-text", "figcaption", "subnav", "topbar", "header",
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

    public static bool IsSkipped(string tag) => Skipped.Contains(tag);

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static bool IsFurniture(string tag) => FurnitureTags.Contains(tag);

    public static bool CanBeMarked(string tag) => !NeverMarked.Contains(tag);

    public static bool IsBoilerplateWord(string word) => BoilerplateWords.Contains(word);

    public static bool IsHiddenWord(string word) => HiddenWords.Contains(word);

    /// <summary>Overlays that only appear on hover (people cards and tooltips inside paragraphs).</summary>
    public static bool IsOverlayWord(string word) => word is "tooltip" or "popover" or "rollover" or "hovercard";

    /// <summary>Consent banners and dialogs: never the article, whatever they hold.</summary>
    public static bool IsOverlayBoxWord(string word) => word is "cookie" or "cookies" or "cookiebanner" or "consent" or "gdpr";

    public static bool IsArticleWord(string word) => ArticleWords.Contains(word);

    /// <summary>
    /// Tests each word of a class/id attribute, lower-cased, with <paramref name="test"/>: the whole
    /// hyphenated word ("entry-meta") and its parts ("entry", "meta").
    /// </summary>
    public static bool AnyWord(string? attribute, Func<string, bool> test, bool parts = true)
    {
        if (string.IsNullOrEmpty(attribute))
        {
            return false;
        }

        foreach (var raw in attribute.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (test(word))
            {
                return true;
            }

            if (parts && word.IndexOfAny(['-', '_']) >= 0)
            {
                // Only the first and last parts: "post-comments", "share-buttons"; a middle part
                // is usually a framework's vocabulary ("elementor-widget-container").
                var split = word.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
                if (split.Length > 0 && (test(split[0]) || test(split[^1])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
