using System.Globalization;

namespace Caravan.Search.Querying;

/// <summary>
/// Picks the window of an article's text with the most matched words (the offsets of the query's
/// analysed terms, so "Gespräche" highlights for "Gespräch") and actor mentions, and returns it with
/// highlight spans.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>Snippet length in characters (about two lines of a terminal).</summary>
    public const int Width = 220;

    /// <param name="text">The article's text.</param>
    /// <param name="matches">Spans of matched words and actor mentions in the text (any order, may overlap).</param>
    public static (string Snippet, ImmutableArray<TextSpan> Highlights) Build(string text, IEnumerable<TextSpan> matches)
    {
        var spans = Merge([.. matches.Where(s => s.IsValidFor(text))]);
        var start = BestWindowStart(text, spans);
        var end = Math.Min(text.Length, start + Width);
        // Cut at word boundaries so the snippet neither starts nor ends inside a word.
        while (end < text.Length && end > start && !char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            end = Math.Min(text.Length, start + Width);
        }

        var snippet = text[start..end].Replace('\n', ' ');
        var highlights = spans.Where(s => s.Start >= start && s.End <= end)
            .Select(s => new TextSpan(s.Start - start, s.End - start))
            .ToImmutableArray();
        return (snippet, highlights);
    }

    /// <summary>Parses the stored "actorId start end" lines of the wanted actors.</summary>
    public static IEnumerable<TextSpan> ActorSpans(string? stored, IReadOnlySet<string> actorIds)
    {
        if (stored is null || actorIds.Count == 0)
        {
            yield break;
        }

        foreach (var line in stored.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3 && actorIds.Contains(parts[0])
                && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var s)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var e))
            {
                yield return new TextSpan(s, e);
            }
        }
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>The start (at a word boundary, a little before the first match) of the window holding the most matches.</summary>
    private static int BestWindowStart(string text, List<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return 0;
        }

        var best = 0;
        var bestCount = 0;
        var last = 0;
        for (var first = 0; first < spans.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < spans.Count && spans[last + 1].End - spans[first].Start <= Width * 3 / 4)
            {
                last++;
            }

            if (last - first + 1 > bestCount)
            {
                bestCount = last - first + 1;
                best = first;
            }
        }

        var start = Math.Max(0, spans[best].Start - Width / 5);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
            if (start >= spans[best].Start)
            {
                return spans[best].Start;
            }
        }

        return start;
    }
}
