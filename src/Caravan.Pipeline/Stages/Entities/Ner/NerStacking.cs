namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Stacking (Florian et al. 2003, "Named entity recognition through classifier combination"): a model whose recipe
/// has <see cref="NerFeatureSet.Stacked"/> reads, as features, the IOB2 tags that the model stacked under it gives
/// the token and its neighbours. The model under it is trained on another corpus (the Wikipedia model reads the
/// news model's CoNLL tags), so its tags of the upper model's training sentences are honest: it never saw them.
/// Tagging runs the model under it first (<see cref="PerceptronNerModel.Under"/>).
/// </summary>
public static class NerStacking
{
    // The model under each stacked one: another corpus of the same language, trained first by `caravan train ner`
    // (NerCorpora.Models is in ordinal order: "en" before "en.wiki").
    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["en.wiki"] = "en",
        ["de.wiki"] = "de",
    };

    /// <summary>The model a stacked model reads the tags of; null when none is defined for it.</summary>
    public static string? SourceOf(string model) => Sources.GetValueOrDefault(model);

    /// <summary>The document with the tags <paramref name="under"/> gives each sentence.</summary>
    public static IReadOnlyList<NerSentence> Apply(PerceptronNerModel under, IReadOnlyList<NerSentence> document)
    {
        var tags = under.Tag(document);
        return [.. document.Select((s, i) => s.WithStacked(tags[i]))];
    }

    /// <summary>The stacked templates of token i: the tag under it alone, with its shape, and with each neighbour's.</summary>
    internal static void Add(List<uint> f, NerSentence s, int i, int[] tags)
    {
        const int edge = NerTags.Count;
        var tag = tags[i];
        var previous = i > 0 ? tags[i - 1] : edge;
        var next = i + 1 < tags.Length ? tags[i + 1] : edge;
        f.Add(FeatureHash.Of(120, tag));
        f.Add(FeatureHash.Of(121, tag, s.Shapes[i]));
        f.Add(FeatureHash.Of(122, (previous * 16) + tag));
        f.Add(FeatureHash.Of(123, (tag * 16) + next));
        f.Add(FeatureHash.Of(124, (previous * 256) + (tag * 16) + next));
    }
}
