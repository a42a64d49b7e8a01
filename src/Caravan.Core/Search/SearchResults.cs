using Caravan.Core.Model;

namespace Caravan.Core.Search;

/// <summary>
/// The hits of a search, best first (at most the query's limit), with <c>Total</c> matching articles,
/// facet counts over all of them, and the actors the query's words named (the cross-lingual expansion applied).
/// </summary>
public sealed record SearchResults(
    int Total,
    ImmutableArray<SearchHit> Hits,
    SearchFacets Facets,
    ImmutableArray<ActorMatch> Actors);

/// <summary>
/// One matching article and a snippet of its text around the matched words; <c>Highlights</c> are
/// spans into the snippet of the matched words and actor mentions.
/// </summary>
public sealed record SearchHit(
    string Id,
    string? Title,
    string Language,
    DateTimeOffset? Published,
    string? Site,
    string? StoryId,
    float Score,
    string Snippet,
    ImmutableArray<TextSpan> Highlights)
{
    /// <summary>The snippet with each highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string MarkedSnippet(string open, string close)
    {
        var builder = new System.Text.StringBuilder(Snippet.Length + Highlights.Length * (open.Length + close.Length));
        var at = 0;
        foreach (var span in Highlights)
        {
            builder.Append(Snippet, at, span.Start - at).Append(open).Append(Snippet, span.Start, span.Length).Append(close);
            at = span.End;
        }

        return builder.Append(Snippet, at, Snippet.Length - at).ToString();
    }
}

/// <summary>Counts of matching articles by language, site, actor and publication day, largest first.</summary>
public sealed record SearchFacets(
    ImmutableArray<FacetCount> Languages,
    ImmutableArray<FacetCount> Sites,
    ImmutableArray<FacetCount> Actors,
    ImmutableArray<FacetCount> Days);

/// <summary>A facet value, its display label (an actor's canonical name for an actor id) and count.</summary>
public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>An actor named by the query: the words that named it and its canonical name.</summary>
public sealed record ActorMatch(string Id, string Name, string MatchedText);
