using System.Text;
using Caravan.Core.Model;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Testing;

namespace Caravan.Benchmarks;

/// <summary>
/// The default pipeline and, for each of its stages, the generated articles as that stage receives them (every
/// earlier stage applied), so a benchmark times one stage alone on realistic input.
/// </summary>
internal sealed class StageInputs
{
    public const int Articles = 200;

    private static readonly Lazy<StageInputs> Instance = new(() => new StageInputs());

    private StageInputs()
    {
        Pipeline = CaravanPipelines.CreateDefault();
        var articles = GeneratedCorpus.Articles(Articles, 7).Select(ToArticle).ToList();
        var inputs = new Dictionary<string, IReadOnlyList<Article>>(StringComparer.Ordinal);
        foreach (var stage in Pipeline.ArticleStages)
        {
            inputs[stage.Info.Name] = articles;
            articles = [.. articles.Select(a => stage.Process(a, CancellationToken.None) with { Features = a.Features | stage.Info.Produces })];
        }

        foreach (var stage in Pipeline.CorpusStages)
        {
            inputs[stage.Info.Name] = articles;
            var session = stage.Open();
            articles = [.. articles.Select(a => session.Process(a, CancellationToken.None) with { Features = a.Features | stage.Info.Produces })];
        }

        // A benchmark that checks its output: every article made it through every stage.
        if (articles.Count != Articles || articles.Any(a => a.Features != (a.Features | Pipeline.Produces)))
        {
            throw new InvalidOperationException("the generated articles did not pass through every stage");
        }

        Inputs = inputs;
    }

    public static StageInputs Default => Instance.Value;

    public ArticlePipeline Pipeline { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Article>> Inputs { get; }

    private static Article ToArticle((string Name, string Text) file)
    {
        var bytes = Encoding.UTF8.GetBytes(file.Text);
        return new RawDocument(file.Name, new SourceInfo(file.Name, null, SourceKind.PlainText), bytes, ContentChecks.Hash(bytes), DocumentHints.None).ToArticle();
    }
}
