using System.Net;

namespace Caravan.Tests.Web;

public sealed class PagesTests(WebHost host) : IClassFixture<WebHost>
{
    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories/s1")]
    [InlineData("/actors")]
    [InlineData("/actors/A1")]
    [InlineData("/actors/A2")]
    [InlineData("/network")]
    [InlineData("/search?q=Tokayev")]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/search?q=Seceta")]
    [InlineData("/sources")]
    [InlineData("/ingest")]
    public async Task Page_HostileContent_IsEncoded(string path)
    {
        var html = await Page(path);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Default_ShowsStoriesLatestFirstWithLanguagesAndSources()
    {
        var html = await Page("/");
        Assert.True(html.IndexOf("Seceta", StringComparison.Ordinal) < html.IndexOf("Summit opens", StringComparison.Ordinal));
        Assert.Contains("Summit opens &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("2 independent sources", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"topic\">politics</span>", html, StringComparison.Ordinal);
        Assert.Contains("zeitung.de", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_Known_GroupsArticlesByLanguageAndShowsLineage()
    {
        var html = await Page("/stories/s1");
        Assert.Contains("<h3><span class=\"lang\">en</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3><span class=\"lang\">de</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("copy of Summit opens &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("We will share the rivers", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/actors/A1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actor_Known_ShowsSpellingsWithLanguagesAndRelated()
    {
        var html = await Page("/actors/A1");
        Assert.Contains("<td>Tokajew</td><td><span class=\"lang\">de</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/actors/A2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_Default_NodesLinkToActorPages()
    {
        var html = await Page("/network");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/A1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Match_HighlightsWithMarkOnly()
    {
        var html = await Page("/search?q=Seceta");
        Assert.Contains("<mark>Seceta</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;grav&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=Seceta&amp;lang=ro\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStory_Page_Returns404Page()
    {
        var html = await Page("/stories/%3Cscript%3E", HttpStatusCode.NotFound);
        Assert.Contains("No story &#x27;&lt;script&gt;&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_Default_ListsSitesLinkedToTheirArticles()
    {
        var html = await Page("/sources");
        Assert.Contains("No feeds yet", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?site=zeitung.de\">zeitung.de</a>", html, StringComparison.Ordinal);
        Assert.Contains("4 sites, 4 articles", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Default_HasLabelledUploadAndFeedForms()
    {
        var html = await Page("/ingest");
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"files\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"feed-url\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\" name=\"key\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestJob_Unknown_Returns404Page()
    {
        using var response = await host.Client.GetAsync(new Uri("/ingest/jobs/nope", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stylesheet_Default_IsServedAsCss()
    {
        using var response = await host.Client.GetAsync(new Uri("/style.css", UriKind.Relative));
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
