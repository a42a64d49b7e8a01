using System.Text;
using Caravan.Pipeline.Stages.Quotes;
using Caravan.Web.Pages;

namespace Caravan.Tests.Web;

public sealed class StoryPagesTests
{
    private static List<QuoteRecord> Quotes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new QuoteRecord("d1", $"quote number {i}.", 0, 10, null, null, null, true))];

    [Fact]
    public void AppendQuotes_MoreThanTheMaximum_ShowsTheFirstAndLinksToAll()
    {
        var sb = new StringBuilder();
        StoryPages.AppendQuotes(sb, Quotes(StoryPages.MaxQuotes + 5), "/api/stories/s1");
        var html = sb.ToString();
        Assert.Contains($"quote number {StoryPages.MaxQuotes - 1}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"quote number {StoryPages.MaxQuotes}.", html, StringComparison.Ordinal);
        Assert.Contains($"The first {StoryPages.MaxQuotes} of {StoryPages.MaxQuotes + 5} quotes", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/api/stories/s1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AppendQuotes_FewQuotes_ShowsAllWithoutNote()
    {
        var sb = new StringBuilder();
        StoryPages.AppendQuotes(sb, Quotes(3), "/api/stories/s1");
        Assert.Contains("quote number 2.", sb.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("The first", sb.ToString(), StringComparison.Ordinal);
    }
}
