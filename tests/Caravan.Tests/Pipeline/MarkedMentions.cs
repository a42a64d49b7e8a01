using Caravan.Testing;

namespace Caravan.Tests.Pipeline;

/// <summary>Test articles whose mentions are given by name: every whole-word occurrence of a surface is marked.</summary>
internal static class MarkedMentions
{
    public static ImmutableArray<Mention> Mark(string text, IEnumerable<(string Surface, EntityType Type, string Key)> names)
    {
        var taken = new bool[text.Length];
        var result = new List<Mention>();
        foreach (var (surface, type, key) in names.OrderByDescending(n => n.Surface.Length))
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (whole && !taken.AsSpan(at, surface.Length).Contains(true))
                {
                    taken.AsSpan(at, surface.Length).Fill(true);
                    result.Add(new Mention(new TextSpan(at, end), surface, type, key));
                }
            }
        }

        return [.. result.OrderBy(m => m.Span.Start)];
    }

    /// <summary>An article with sentences and the given mentions, ready for the quote and relation stages.</summary>
    public static Article Article(string text, string language, params (string Surface, EntityType Type, string Key)[] names)
    {
        var article = Articles.WithSentences("t", text, language);
        return article with { Mentions = Mark(text, names), Features = article.Features | ArticleFeatures.Mentions };
    }

    /// <summary>As <see cref="Article(string, string, ValueTuple{string, EntityType, string}[])"/>, with the crude capitalised-word recogniser.</summary>
    public static Article Recognised(string text, string language)
    {
        var article = Articles.WithSentences("t", text, language);
        return article with { Mentions = CapitalisedMentions.Find(text, language), Features = article.Features | ArticleFeatures.Mentions };
    }

    public static string Slice(this Article article, TextSpan span) => span.Slice(article.Text);

}
