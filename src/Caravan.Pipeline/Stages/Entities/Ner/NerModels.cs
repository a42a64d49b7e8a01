using System.Collections.Concurrent;
using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Which family of models to use: news (CoNLL-style) or Wikipedia fragments (WikiANN-style).</summary>
public enum NerDomain
{
    News,
    Wiki,
}

/// <summary>
/// The NER models in a catalog (<c>ner/&lt;lang&gt;[.wiki].ner</c>), loaded lazily and shared.
/// A language without a model of its own gets the multilingual <c>xx</c> model; a missing
/// <c>xx</c> model is error CARAVAN0002 naming the file and the rebuild command. Thread-safe.
/// </summary>
public sealed class NerModels
{
    public const string RebuildCommand = "caravan train ner --data ../shared/data/ner --out models/ner";
    private readonly ModelCatalog _catalog;
    private readonly ConcurrentDictionary<string, Lazy<PerceptronNerModel>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<NerLexicon>> _lexicons = new(StringComparer.Ordinal);

    /// <summary>Checks at once that the fallback model exists, so a missing model fails the pipeline's construction, not every article.</summary>
    public NerModels(ModelCatalog catalog)
    {
        _catalog = catalog;
        catalog.Require(Path.Combine("ner", "xx.ner"), RebuildCommand);
    }

    /// <summary>The model for a language and domain, falling back to the news model, then to "xx".</summary>
    public PerceptronNerModel For(string language, NerDomain domain = NerDomain.News)
    {
        var names = domain == NerDomain.Wiki ? new[] { language + ".wiki", language } : [language];
        foreach (var name in names)
        {
            if (File.Exists(PathOf(name)))
            {
                return Load(name);
            }
        }

        return Load("xx");
    }

    /// <summary>Loads every news model of the catalog (<c>ner/&lt;lang&gt;.ner</c>, the fallback among them), as <see cref="For"/> would on first use.</summary>
    public void LoadNewsModels()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_catalog.Directory, "ner"), "*.ner").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!name.Contains('.', StringComparison.Ordinal))
            {
                _ = Load(name);
            }
        }
    }

    /// <summary>The frequency lexicon of a language's own model (read without the weights).</summary>
    public NerLexicon Lexicon(string language) =>
        _lexicons.GetOrAdd(language, l => new Lazy<NerLexicon>(() => NerModelFile.LoadLexicon(PathOf(l)))).Value;

    /// <summary>True when the language has a model of its own (not the fallback).</summary>
    public bool HasOwnModel(string language) => File.Exists(PathOf(language));

    private string PathOf(string name) => Path.Combine(_catalog.Directory, "ner", name + ".ner");

    private PerceptronNerModel Load(string name) =>
        _loaded.GetOrAdd(name, n => new Lazy<PerceptronNerModel>(() =>
            NerModelFile.Load(_catalog.Require(Path.Combine("ner", n + ".ner"), RebuildCommand), IcuGazetteer.Default, _catalog.SharedImages))).Value;
}
