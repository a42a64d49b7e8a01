namespace Caravan.Core.Model;

/// <summary>
/// A quotation: <see cref="Span"/> covers the quoted words (inside the marks for direct speech, the
/// reported content for indirect speech). The speaker is a mention in the same article, or null
/// for anonymous sources: never a guess.
/// </summary>
public sealed record Quotation(
    TextSpan Span,
    bool Direct,
    TextSpan? SpeakerSpan,
    string? SpeakerSurface,
    EntityType? SpeakerType,
    string? SpeakerKey,
    string? Language = null);
