using System.Globalization;
using Caravan.Core.Search;
using Lucene.Net.Search;

namespace Caravan.Search.Querying;

/// <summary>Reads a hit's stored fields and builds its snippet from the matched terms' offsets and its actor mentions.</summary>
internal static class HitReader
{
    public static SearchHit Read(IndexSearcher searcher, ScoreDoc hit, CompiledQuery query)
    {
        var document = searcher.Doc(hit.Doc);
        var language = document.Get(IndexFields.Language, CultureInfo.InvariantCulture) ?? LanguageCodes.Undetermined;
        var text = document.Get(IndexFields.Text, CultureInfo.InvariantCulture) ?? "";
        var terms = query.TermsByLanguage.TryGetValue(language, out var set) ? set : new HashSet<string>(StringComparer.Ordinal);
        var matches = TermOffsets.Find(searcher.IndexReader, hit.Doc, IndexFields.TextIn(language), terms)
            .Concat(SnippetBuilder.ActorSpans(document.Get(IndexFields.ActorSpans, CultureInfo.InvariantCulture), query.HighlightActors));
        var (snippet, highlights) = SnippetBuilder.Build(text, matches);
        var published = document.Get(IndexFields.PublishedText, CultureInfo.InvariantCulture) is { } p
            ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : (DateTimeOffset?)null;
        return new SearchHit(
            document.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Title, CultureInfo.InvariantCulture),
            language,
            published,
            document.Get(IndexFields.Site, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Story, CultureInfo.InvariantCulture),
            hit.Score,
            snippet,
            highlights);
    }
}
