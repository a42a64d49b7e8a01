using System.Text.Json.Serialization;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>One line of `caravan quotes` output and one entry of `analyze --json` "quotes" (CONTRACTS.md).</summary>
public sealed record QuoteRecord(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_mention")] string? SpeakerMention,
    [property: JsonPropertyName("speaker_type")] string? SpeakerType,
    [property: JsonPropertyName("direct")] bool Direct)
{
    /// <summary>
    /// The records of a processed article. The speaker is the canonical name of the speaker's actor
    /// when <paramref name="actorName"/> knows it (actor id -> name), else the fullest name the
    /// article uses for that mention key ("Kassym-Jomart Tokayev" rather than "Tokayev").
    /// </summary>
    public static IEnumerable<QuoteRecord> Of(Article article, Func<string, string?>? actorName = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var q in article.Quotes.IsDefault ? [] : article.Quotes)
        {
            string? speaker = null;
            if (q.SpeakerKey is { } key)
            {
                var same = article.Mentions.Where(m => string.Equals(m.Key, key, StringComparison.Ordinal)).ToList();
                var actorId = same.Select(m => m.ActorId).FirstOrDefault(a => a is not null);
                speaker = (actorId is null ? null : actorName?.Invoke(actorId))
                    ?? same.Select(m => m.Surface).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).FirstOrDefault()
                    ?? q.SpeakerSurface;
            }

            yield return new QuoteRecord(article.Id, q.Span.Slice(article.Text), q.Span.Start, q.Span.End,
                speaker, q.SpeakerSurface, q.SpeakerType?.ToTag(), q.Direct);
        }
    }
}
