using Caravan.Cluster.Hosting;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;

namespace Caravan.Tests.Cluster;

/// <summary>A node warms up on a page and on plain-text reports whose languages each take their own path through the stages.</summary>
public sealed class WarmUpDocumentsTests
{
    [Fact]
    public void All_ThroughTheDefaultPipeline_EachReportInItsLanguageWithNamesAndAQuote()
    {
        var pipeline = CaravanPipelines.CreateDefault();

        var articles = WarmUpDocuments.All.Select(d => pipeline.ProcessArticle(d.ToArticle())).ToList();

        Assert.Equal(SourceKind.Html, articles[0].Source.Kind);
        var reports = articles.Skip(1).ToList();
        Assert.All(reports, a => Assert.Equal(SourceKind.PlainText, a.Source.Kind));
        // The report's name is its language: identification must agree, or the warm-up ran another language's path.
        Assert.Equal(reports.Select(a => a.Id["warm-up-".Length..]), reports.Select(a => a.Language));
        Assert.Equal(reports.Count, reports.Select(a => a.Language).Distinct(StringComparer.Ordinal).Count());
        Assert.All(articles, a => Assert.NotEmpty(a.Mentions));
        Assert.All(articles, a => Assert.NotEmpty(a.Quotes));
    }
}
