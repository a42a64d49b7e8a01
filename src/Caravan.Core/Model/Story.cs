namespace Caravan.Core.Model;

/// <summary>A group of articles about one event, possibly across languages.</summary>
public sealed record Story(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<string> Languages,
    ImmutableArray<string> Documents,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    int IndependentSources);
