using System.Collections.Concurrent;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Language;

namespace Caravan.Pipeline;

public static class LanguagePipelineExtensions
{
    // One loaded model per file, shared by every pipeline in the process (it is immutable).
    private static readonly ConcurrentDictionary<string, Lazy<LangidModel>> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds language identification (needs text; produces <see cref="Article.Language"/> and
    /// <see cref="Article.ParagraphLanguages"/>) with the model in <paramref name="models"/>.
    /// Throws CARAVAN0002 naming the rebuild command when the model file is missing.
    /// </summary>
    public static PipelineBuilder UseLanguageIdentification(this PipelineBuilder builder, ModelCatalog models, LanguageIdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new LanguageStage(LoadIdentifier(models, options), options));
    }

    /// <summary>
    /// Adds the article's language alone (needs text; produces <see cref="Article.Language"/>, no
    /// paragraph languages), read from its opening paragraphs: for verbs that print one language per article.
    /// </summary>
    public static PipelineBuilder UseDocumentLanguage(this PipelineBuilder builder, ModelCatalog models, LanguageIdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DocumentLanguageStage(LoadIdentifier(models, options), options));
    }

    /// <summary>The identifier over the shipped model in <paramref name="models"/>, loaded once per process.</summary>
    public static NaiveBayesLanguageIdentifier LoadIdentifier(ModelCatalog models, LanguageIdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var path = Path.GetFullPath(models.Require(NaiveBayesLanguageIdentifier.ModelPath, NaiveBayesLanguageIdentifier.RebuildCommand));
        var model = Loaded.GetOrAdd(path, static p => new Lazy<LangidModel>(() => LangidModel.Load(p))).Value;
        return new NaiveBayesLanguageIdentifier(model, options);
    }
}
