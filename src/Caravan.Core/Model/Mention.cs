namespace Caravan.Core.Model;

/// <summary>
/// One occurrence of a named entity in an article. <see cref="Key"/> is the normalised form used
/// to link the mention to a cross-document actor (see the actor linker); <see cref="ActorId"/> is set
/// by the corpus-level linking stage.
/// </summary>
public sealed record Mention(TextSpan Span, string Surface, EntityType Type, string Key, string? ActorId = null);
