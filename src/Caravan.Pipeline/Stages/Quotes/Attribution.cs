namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// The outcome of looking for a speaker next to a reporting verb: a mention (found directly, or as
/// the antecedent of a pronoun or description), or an anonymous source. Null speaker with
/// <see cref="Anonymous"/> false means a speaker phrase was there but could not be resolved safely.
/// </summary>
internal sealed record Attribution(Mention? Speaker, bool Anonymous)
{
    public static Attribution AnonymousSource { get; } = new(null, true);

    public static Attribution Unresolved { get; } = new(null, false);
}
