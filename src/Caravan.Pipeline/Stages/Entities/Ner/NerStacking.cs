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

    /// <summary>
    /// The training documents of a stacked model with the tags of the model under it. That model's name list is mined
    /// from every corpus but its own, so it holds the gold names of these very documents: its tags of them would be
    /// better than of unseen text, and the stacked model would learn to trust them too much (WikiANN en dev 78.86 ->
    /// 74.57 with the shipped list). So each tenth of the documents is tagged with the list rebuilt from
    /// <paramref name="others"/> (the other corpora's documents) and the other nine tenths, as the entity memory is
    /// jackknifed (<see cref="NerFeatures.StaticOfTraining"/>).
    /// </summary>
    public static List<List<NerSentence>> ApplyJackknifed(PerceptronNerModel under, IReadOnlyList<List<NerSentence>> documents,
        IReadOnlyList<List<NerSentence>> others)
    {
        const int folds = 10;
        var tagged = new List<NerSentence>[documents.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var names = EntityMemory.Build(others.Concat(documents.Where((_, d) => d % folds != fold)));
            var model = under.WithNames(names);
            for (var d = fold; d < documents.Count; d += folds)
            {
                tagged[d] = [.. Apply(model, documents[d])];
            }
        }

        return [.. tagged];
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
