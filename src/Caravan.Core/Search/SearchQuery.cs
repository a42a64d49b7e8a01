namespace Caravan.Core.Search;

/// <summary>
/// A search: free text (words are all required; a word naming an actor also matches the actor's
/// articles in every language and spelling) and filters, each optional.
/// </summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";

    /// <summary>ISO language code: only articles in this language.</summary>
    public string? Language { get; init; }

    /// <summary>Only articles published on or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only articles mentioning this actor (any spelling, or the actor id).</summary>
    public string? Actor { get; init; }

    public string? Site { get; init; }

    public string? StoryId { get; init; }

    /// <summary>Hits to skip (counted and ranked, but not read): the start of a page.</summary>
    public int Offset { get; init; }

    /// <summary>Hits returned after <see cref="Offset"/>, best first.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Most values listed per facet.</summary>
    public int FacetLimit { get; init; } = 10;
}
