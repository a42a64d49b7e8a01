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
    int IndependentSources)
{
    /// <summary>The language most of the story's articles are in (its title and summary are in it).</summary>
    public string Language { get; init; } = LanguageCodes.Undetermined;

    /// <summary>A title and summary from each language the story spans, main language first.</summary>
    public ImmutableArray<StorySummary> Summaries { get; init; } = [];

    /// <summary>Topic labels (politics, sports, health ...), best first.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];
}

/// <summary>A story's title and extractive summary written from its articles in one language.</summary>
public sealed record StorySummary(string Language, string Title, string Summary, ImmutableArray<string> Documents);
