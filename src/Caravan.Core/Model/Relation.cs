namespace Caravan.Core.Model;

/// <summary>
/// A corpus-level relation between two actors, aggregated over articles: CAMEO root code, label,
/// evidence sentences, source documents, and how many independent sources (wire copies count once).
/// </summary>
public sealed record Relation(
    string SourceActorId,
    string TargetActorId,
    string Code,
    string Label,
    ImmutableArray<string> Documents,
    ImmutableArray<string> Evidence,
    int IndependentSources);
