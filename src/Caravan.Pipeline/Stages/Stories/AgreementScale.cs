namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// How an article's agreement with a story on specific terms (names and numbers) scales its score:
/// by agreement / <paramref name="Reference"/>, kept within [<paramref name="Min"/>, <paramref name="Max"/>].
/// Agreement is the mean of two shares: of the article's specific weight found in the story, and of the
/// story's found in the article.
/// </summary>
/// <param name="Reference">Agreement at which the score is left as it is.</param>
/// <param name="Min">Lowest factor (names can be spelled apart, so disagreement never vetoes).</param>
/// <param name="Max">Highest factor.</param>
public sealed record AgreementScale(double Reference, double Min, double Max)
{
    /// <summary>The factor for an agreement in [0, 1].</summary>
    public double Factor(double agreement) => Math.Clamp(agreement / Reference, Min, Max);
}
