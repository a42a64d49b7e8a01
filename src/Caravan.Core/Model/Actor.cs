namespace Caravan.Core.Model;

/// <summary>
/// A person, organisation or place across documents and languages: one canonical name and every
/// spelling seen (Tokajew, Tokayev, Токаев ...).
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<ActorVariant> Variants,
    ImmutableArray<string> Documents,
    int Mentions);

/// <summary>One spelling of an actor's name, the language it was seen in, and how often.</summary>
public sealed record ActorVariant(string Surface, string Language, int Count);
