namespace Caravan.Core.Model;

/// <summary>
/// The corpus-level picture derived from processed articles: stories, actors, relations. It is a pure
/// function of the articles (and their order), so it can be rebuilt from the store at any time.
/// </summary>
public sealed record CorpusResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<Story> Stories,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Relation> Relations);
