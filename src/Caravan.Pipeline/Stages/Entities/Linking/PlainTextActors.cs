using System.Security.Cryptography;
using System.Text;
using Caravan.Core.Text;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Actors of a set of plain-text articles (the library side of `caravan entities`): sentences,
/// entities and actor linking over the articles in the given order, then <see cref="ActorAggregator"/>.
/// Without a language the NER lexicons guess one per article (a stand-in until the language stage runs first).
/// </summary>
public sealed class PlainTextActors
{
    private readonly ModelCatalog _catalog;

    public PlainTextActors(ModelCatalog catalog)
    {
        _catalog = catalog;
    }

    public ImmutableArray<Actor> Find(IReadOnlyList<(string Id, string Text)> documents, string? language, CancellationToken cancellationToken = default)
    {
        var guess = new NerLanguageGuess(new NerModels(_catalog));
        var pipeline = new PipelineBuilder { Initial = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language }
            .UseSentences()
            .UseEntities(_catalog)
            .UseActorLinking()
            .Build();
        var run = pipeline.Open();
        var articles = documents.Select(d => new Article
        {
            Id = d.Id,
            Source = new SourceInfo(null, null, SourceKind.PlainText),
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text))),
            Text = d.Text,
            Paragraphs = Paragraphs.Split(d.Text),
            Language = language ?? guess.Guess(Tokenizer.Tokenize(d.Text).Select(t => t.Text(d.Text))),
            Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
        }).ToList();
        return ActorAggregator.Aggregate(run.ProcessBatch(articles, cancellationToken));
    }
}
