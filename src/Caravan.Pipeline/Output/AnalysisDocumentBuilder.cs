using System.Globalization;

namespace Caravan.Pipeline.Output;

/// <summary>Turns a corpus into the CONTRACTS.md shapes; speakers and relation ends become actor names.</summary>
public static class AnalysisDocumentBuilder
{
    public static AnalysisDocument Build(CorpusResult corpus)
    {
        var names = corpus.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var documents = corpus.Articles.Select(a => new DocumentRecord(
            a.Id, a.Source.Path ?? a.Source.Url, a.Title, a.Language, Date(a.Published), a.Site, a.StoryId, a.DuplicateOf));
        var stories = corpus.Stories.Select(s => new StoryRecord(
            s.Id, s.Title, s.Summary, s.Languages, s.Documents, Date(s.FirstSeen), Date(s.LastSeen), s.IndependentSources));
        var entities = corpus.Actors.Select(a => new EntityRecord(
            a.Id, a.Name, a.Type.ToTag(), [.. a.Variants.Select(v => v.Surface).Distinct(StringComparer.Ordinal)], a.Documents, a.Mentions));
        var relations = corpus.Relations.Select(r => new RelationRecord(
            names.GetValueOrDefault(r.SourceActorId, r.SourceActorId), names.GetValueOrDefault(r.TargetActorId, r.TargetActorId),
            r.Code, r.Label, r.Documents, r.Evidence, r.IndependentSources));
        return new AnalysisDocument([.. documents], [.. stories], [.. entities],
            [.. corpus.Articles.SelectMany(a => Quotes(a, names))], [.. relations]);
    }

    /// <summary>The quotations of one article with speakers named by their actor's canonical name.</summary>
    public static IEnumerable<QuoteRecord> Quotes(Article article, IReadOnlyDictionary<string, string> actorNames)
    {
        foreach (var quote in article.Quotes)
        {
            string? speaker = null;
            if (quote.SpeakerKey is not null)
            {
                var mention = quote.SpeakerSpan is { } span
                    ? article.Mentions.FirstOrDefault(m => m.Span == span)
                    : null;
                mention ??= article.Mentions.FirstOrDefault(m => string.Equals(m.Key, quote.SpeakerKey, StringComparison.Ordinal) && m.ActorId is not null);
                speaker = mention?.ActorId is { } id && actorNames.TryGetValue(id, out var name) ? name : quote.SpeakerSurface;
            }

            yield return new QuoteRecord(article.Id, quote.Span.Slice(article.Text), quote.Span.Start, quote.Span.End,
                speaker, quote.SpeakerSurface, quote.SpeakerType?.ToTag(), quote.Direct);
        }
    }

    private static string? Date(DateTimeOffset? date) => date is null
        ? null
        : date.Value.TimeOfDay == TimeSpan.Zero
            ? date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
