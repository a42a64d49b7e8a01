using System.Globalization;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Output;

/// <summary>Turns a corpus into the CONTRACTS.md shapes; speakers and relation ends become actor names.</summary>
public static class AnalysisDocumentBuilder
{
    public static AnalysisDocument Build(CorpusResult corpus)
    {
        var names = corpus.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var documents = corpus.Articles.Select(a => new DocumentRecord(
            a.Id, a.Source.Path ?? a.Source.Url, a.Title, a.Language, Date(a.Published), a.Site, a.StoryId, a.DuplicateOf));
        var stories = corpus.Stories.Select(ToRecord);
        var entities = corpus.Actors.Select(a => new EntityRecord(
            a.Id, a.Name, a.Type.ToTag(), [.. a.Variants.Select(v => v.Surface).Distinct(StringComparer.Ordinal)], a.Documents, a.Mentions));
        var relations = corpus.Relations.Select(r => new RelationRecord(
            names.GetValueOrDefault(r.SourceActorId, r.SourceActorId), names.GetValueOrDefault(r.TargetActorId, r.TargetActorId),
            r.Code, r.Label, r.Documents, r.Evidence, r.IndependentSources));
        return new AnalysisDocument([.. documents], [.. stories], [.. entities],
            [.. corpus.Articles.SelectMany(a => QuoteRecord.Of(a, id => names.GetValueOrDefault(id)))], [.. relations]);
    }

    /// <summary>A story as `analyze --json` (and `cluster --stories`) writes it.</summary>
    public static StoryRecord ToRecord(Story s) => new(
        s.Id, s.Title, s.Summary, s.Languages, s.Documents, Date(s.FirstSeen), Date(s.LastSeen), s.IndependentSources,
        s.Language, s.Topics, [.. s.Summaries.Select(x => new StorySummaryRecord(x.Language, x.Title, x.Summary, x.Documents))]);

    private static string? Date(DateTimeOffset? date) => date is null
        ? null
        : date.Value.TimeOfDay == TimeSpan.Zero
            ? date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
