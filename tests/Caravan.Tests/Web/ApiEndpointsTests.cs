using System.Net;
using System.Text.Json;

namespace Caravan.Tests.Web;

public sealed class ApiEndpointsTests(WebHost host) : IClassFixture<WebHost>
{
    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> Get(string path)
    {
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    [Fact]
    public async Task Stories_Default_LatestFirstWithPaging()
    {
        var (status, json, _) = await Get("/api/stories");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(["s2", "s1"], json.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Stories_SecondPageOfOne_HoldsTheOlderStory()
    {
        var (_, json, _) = await Get("/api/stories?page=2&size=1");
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal("s1", Assert.Single(json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var (_, beyond, _) = await Get("/api/stories?page=9&size=1");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/stories?page=abc")]
    [InlineData("/api/actors?size=100000")]
    [InlineData("/api/actors?size=-1")]
    [InlineData("/api/search?q=x&since=yesterday")]
    [InlineData("/api/search?q=x&page=50&size=200")]
    public async Task List_BadParameter_Returns400ProblemDetails(string path)
    {
        var (status, json, response) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Story_Known_HasDocumentsQuotesRelationsActors()
    {
        var (status, json, _) = await Get("/api/stories/s1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("s1", json.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal(3, json.GetProperty("documents").GetArrayLength());
        Assert.Equal("We will share the rivers", Assert.Single(json.GetProperty("quotes").EnumerateArray()).GetProperty("quote").GetString());
        Assert.Equal("consult", Assert.Single(json.GetProperty("relations").EnumerateArray()).GetProperty("label").GetString());
        Assert.Equal(2, json.GetProperty("actors").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/stories/nope")]
    [InlineData("/api/actors/nope")]
    [InlineData("/api/stories/%3Cscript%3E")]
    public async Task Item_Unknown_Returns404ProblemDetails(string path)
    {
        var (status, json, response) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Actors_Default_ListsEveryActorWithPaging()
    {
        var (_, json, _) = await Get("/api/actors?size=1");
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Single(json.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Actor_Known_HasSpellingsWithLanguagesQuotesAndRelations()
    {
        var (status, json, _) = await Get("/api/actors/A1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Kassym-Jomart Tokayev", json.GetProperty("actor").GetProperty("name").GetString());
        var spellings = json.GetProperty("spellings").EnumerateArray().Select(s => (s.GetProperty("surface").GetString(), s.GetProperty("language").GetString()));
        Assert.Equal([("Tokayev", "en"), ("Tokajew", "de")], spellings);
        Assert.Single(json.GetProperty("quotes").EnumerateArray());
        Assert.Equal("A2", Assert.Single(json.GetProperty("relations").EnumerateArray()).GetProperty("target_id").GetString());
    }

    [Fact]
    public async Task Search_ActorSpelling_FindsArticlesWithHighlightsAndFacets()
    {
        var (status, json, _) = await Get("/api/search?q=Tokajew&size=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        Assert.All(json.GetProperty("items").EnumerateArray(), h => Assert.NotEqual(0, h.GetProperty("highlights").GetArrayLength()));
        Assert.Contains(json.GetProperty("facets").GetProperty("languages").EnumerateArray(), f => f.GetProperty("value").GetString() == "de");
        var (_, page2, _) = await Get("/api/search?q=Tokajew&size=2&page=2");
        Assert.Single(page2.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Search_LanguageFilter_KeepsThatLanguage()
    {
        var (_, json, _) = await Get("/api/search?q=Tokayev&lang=de");
        Assert.Equal("de-gipfel", Assert.Single(json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Graph_Default_HasNodesAndEdges()
    {
        var (status, json, _) = await Get("/api/graph");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, json.GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, json.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_Default_DescribesEveryEndpoint()
    {
        var (status, json, _) = await Get("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/stories", "/api/stories/{id}", "/api/actors", "/api/actors/{id}", "/api/search", "/api/graph", "/api/articles",
            "/api/uploads", "/api/feeds", "/api/sources", "/api/jobs", "/api/jobs/{id}"], paths);
    }

    [Fact]
    public async Task PostArticle_NoKey_Returns401()
    {
        using var response = await host.Client.PostAsync(new Uri("/api/articles", UriKind.Relative), Json("""{"id":"x","text":"Hello there."}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostArticle_WrongKey_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Json("""{"id":"x","text":"Hello there."}""") };
        request.Headers.Add("X-Api-Key", host.ApiKey + "0");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"text":"no id"}""")]
    [InlineData("""{"id":"x"}""")]
    [InlineData("""[1,2]""")]
    public async Task PostArticle_BadRecord_Returns400ProblemDetails(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = Json(body) };
        request.Headers.Add("X-Api-Key", host.ApiKey);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostArticle_BodyOverLimit_Returns413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = Json("{\"id\":\"big\",\"text\":\"" + new string('a', 2 * 1024 * 1024) + "\"}"),
        };
        request.Headers.Add("X-Api-Key", host.ApiKey);
        // The server refuses from the Content-Length alone: with 100-continue the client waits for that
        // answer instead of racing to send 2 MB into a closing connection (a broken pipe, not a 413).
        request.Headers.ExpectContinue = true;
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Search_Paging_SecondPageHoldsTheNextHitAndTheSameTotal()
    {
        var (_, first, _) = await Get("/api/search?q=Tokayev&size=1");
        var (_, second, _) = await Get("/api/search?q=Tokayev&size=1&page=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        var a = Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        var b = Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        Assert.NotEqual(a, b);
        var (_, beyond, _) = await Get("/api/search?q=Tokayev&size=1&page=9");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Sources_Default_ListsSitesAndNoFeeds()
    {
        var (status, json, _) = await Get("/api/sources");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(json.GetProperty("feeds").EnumerateArray());
        var sites = json.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("site").GetString()).ToList();
        Assert.Equal(["paper.example", "wire.example", "zeitung.de", "ziar.ro"], sites.Order(StringComparer.Ordinal));
    }

    /// <summary>Hostile or malformed input is a 4xx (or an empty answer), never a 500.</summary>
    [Theory]
    [InlineData("/api/stories/%00")]
    [InlineData("/api/actors/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/stories?page=99999999999")]
    [InlineData("/api/stories?size=1e3")]
    [InlineData("/api/stories?page=1&page=2")]
    [InlineData("/api/search?q=%22unclosed")]
    [InlineData("/api/search?q=*:*%20OR%20title:(")]
    [InlineData("/api/search?q=a&lang=%3Cscript%3E")]
    [InlineData("/api/search?q=a&since=0000-00-00")]
    [InlineData("/api/search?actor=%00&site=%FF")]
    [InlineData("/api/jobs/%2E%2E")]
    [InlineData("/search?q=%22unclosed&page=0")]
    [InlineData("/stories/%00")]
    public async Task Get_HostileInput_NeverA500(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Search_QueryTooLong_Returns400ProblemDetails()
    {
        var (status, json, _) = await Get("/api/search?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("500 characters", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_WrongMethod_Returns405()
    {
        using var response = await host.Client.DeleteAsync(new Uri("/api/stories", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    internal static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
