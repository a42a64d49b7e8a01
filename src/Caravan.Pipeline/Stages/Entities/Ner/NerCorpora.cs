namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// A corpus file under the NER data folder. <see cref="DevOnly"/>: only a dev split is shared, so it
/// is trained on and scored by k-fold cross-validation (as issue 5 allows); otherwise its dev split
/// (same folder, dev.conll) is for scoring only.
/// </summary>
public sealed record NerCorpus(string Folder, bool DevOnly)
{
    public string TrainFile => DevOnly ? "dev.conll" : "train.conll";
}

/// <summary>
/// Which corpora train which model. A model is named by its language, plus ".wiki" for the
/// Wikipedia-style models: WikiANN's fragments and span conventions ("Atlantic City, New Jersey" is
/// one LOC) differ so much from news that one model for both loses about 10 F1 points on each.
/// Languages with only WikiANN data get a single model. "xx" is the multilingual fallback.
/// </summary>
public static class NerCorpora
{
    private static readonly Dictionary<string, NerCorpus[]> Sets = new(StringComparer.Ordinal)
    {
        ["en"] = [new("conll2003-en", false)],
        ["en.wiki"] = [new("wikiann-en", false)],
        ["de"] = [new("conll2003-de", false), new("germeval2014", true)],
        ["de.wiki"] = [new("wikiann-de", false)],
        ["ro"] = [new("ronec", true)],
        ["ru"] = [new("wikiann-ru", false)],
        ["es"] = [new("wikiann-es", false)],
        ["nl"] = [new("wikiann-nl", false)],
        ["pl"] = [new("wikiann-pl", false)],
        ["kk"] = [new("kaznerd", true)],
    };

    /// <summary>The models to train, "xx" last.</summary>
    public static IReadOnlyList<string> Models { get; } = [.. Sets.Keys.Order(StringComparer.Ordinal), "xx"];

    /// <summary>The corpora of a model; for "xx" every corpus (subsampled by the trainer).</summary>
    public static IReadOnlyList<NerCorpus> For(string model) =>
        Sets.TryGetValue(model, out var set) ? set : [.. Sets.Values.SelectMany(s => s)];

    /// <summary>The folders of every train split (not dev-only corpora) of the models of a language.</summary>
    public static IEnumerable<string> TrainFoldersOf(string language) =>
        Sets.Where(p => LanguageOf(p.Key) == language).SelectMany(p => p.Value).Where(c => !c.DevOnly).Select(c => c.Folder);

    /// <summary>The language of a model name ("de.wiki" -> "de").</summary>
    public static string LanguageOf(string model) => model.Split('.')[0];
}
