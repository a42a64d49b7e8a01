using System.Collections.Concurrent;
using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Sentences;

/// <summary>Splits the text into sentences with the rules of the article's language.</summary>
public sealed class SentenceStage : IArticleStage
{
    private readonly ConcurrentDictionary<string, SentenceSplitter> _splitters = new(StringComparer.Ordinal);

    public StageInfo Info { get; } = new("sentences", 1, ArticleFeatures.Text | ArticleFeatures.Language, ArticleFeatures.Sentences);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var splitter = _splitters.GetOrAdd(article.Language, static lang => new SentenceSplitter(lang));
        return article with { Sentences = splitter.Split(article.Text) };
    }
}
