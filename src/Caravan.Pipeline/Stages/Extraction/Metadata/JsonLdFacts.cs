using System.Text.Json;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>What a page's JSON-LD (schema.org) blocks say about its article.</summary>
internal sealed record JsonLdFacts(
    string? Headline,
    string? DatePublished,
    string? DateCreated,
    string? Author,
    string? Publisher,
    string? ArticleBody,
    string? Url,
    bool IsArticle)
{
    public static JsonLdFacts Empty { get; } = new(null, null, null, null, null, null, null, false);

    /// <summary>datePublished of an object of any other type (HowTo, VideoObject, Event): weaker evidence.</summary>
    public string? OtherDatePublished { get; init; }

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
        "LiveBlogPosting", "Report", "Posting", "DiscussionForumPosting", "Recipe", "Review", "Blog", "WebPage",
    };

    /// <summary>Reads every JSON-LD block; article-typed objects win over pages, the first of each kind wins.</summary>
    public static JsonLdFacts Read(IReadOnlyList<string> scripts, int maxChars)
    {
        JsonLdFacts? article = null;
        JsonLdFacts? page = null;
        string? otherDate = null;
        foreach (var script in scripts)
        {
            if (script.Length > maxChars)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(script, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 64,
                });
                foreach (var obj in Objects(doc.RootElement))
                {
                    var type = TypeOf(obj);
                    if (type is null || !ArticleTypes.Contains(type))
                    {
                        otherDate ??= Text(obj, "datePublished") ?? Text(obj, "uploadDate");
                        continue;
                    }

                    var facts = FromObject(obj, type);
                    if (facts.IsArticle)
                    {
                        article = article is null ? facts : Merge(article, facts);
                    }
                    else
                    {
                        page = page is null ? facts : Merge(page, facts);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (CMS templates); the page still has other evidence.
            }
        }

        var result = article is null ? page ?? Empty : page is null ? article : Merge(article, page with { ArticleBody = null });
        return result with { OtherDatePublished = otherDate };
    }

    private static JsonLdFacts Merge(JsonLdFacts a, JsonLdFacts b) => new(
        a.Headline ?? b.Headline, a.DatePublished ?? b.DatePublished, a.DateCreated ?? b.DateCreated, a.Author ?? b.Author,
        a.Publisher ?? b.Publisher, a.ArticleBody ?? b.ArticleBody, a.Url ?? b.Url, a.IsArticle || b.IsArticle);

    private static JsonLdFacts FromObject(JsonElement obj, string type)
    {
        var isArticle = type is not ("WebPage" or "Blog");
        return new JsonLdFacts(
            Text(obj, "headline") ?? (isArticle ? Text(obj, "name") : null),
            Text(obj, "datePublished"),
            Text(obj, "dateCreated"),
            Name(obj, "author") ?? Name(obj, "creator"),
            Name(obj, "publisher"),
            isArticle ? Text(obj, "articleBody") ?? Text(obj, "text") : null,
            Text(obj, "url"),
            isArticle);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        // Iterative: nesting is bounded by MaxDepth, but @graph lists can be long.
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray().Reverse())
                {
                    stack.Push(item);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                yield return e;
                if (e.TryGetProperty("@graph", out var graph))
                {
                    stack.Push(graph);
                }

                if (e.TryGetProperty("mainEntity", out var main))
                {
                    stack.Push(main);
                }
            }
        }
    }

    private static string? TypeOf(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var t))
        {
            return null;
        }

        if (t.ValueKind == JsonValueKind.String)
        {
            return t.GetString();
        }

        if (t.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in t.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && ArticleTypes.Contains(item.GetString()!))
                {
                    return item.GetString();
                }
            }
        }

        return null;
    }

    private static string? Text(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        var s = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    /// <summary>A person or organisation name: a string, an object with "name", or the first of a list.</summary>
    private static string? Name(JsonElement obj, string property)
    {
        if (!obj.TryGetProperty(property, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                var n = NameOf(item);
                if (n is not null)
                {
                    return n;
                }
            }

            return null;
        }

        return NameOf(v);
    }

    private static string? NameOf(JsonElement v)
    {
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) || s.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : s.Trim();
    }
}
