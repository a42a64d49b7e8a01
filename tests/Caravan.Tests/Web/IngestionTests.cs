using System.Net;
using System.Text.Json;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;

namespace Caravan.Tests.Web;

/// <summary>POST /api/articles through a real pipeline (without the NER models, which tests do not need), and the rate limit.</summary>
public sealed class IngestionTests : IAsyncLifetime
{
    private readonly WebHost _host = new()
    {
        Seed = false,
        Configure = o => o with
        {
            RequestsPerWindow = 8,
            RateWindow = TimeSpan.FromMinutes(5),
            Pipeline = () => (new PipelineBuilder().UseExtraction().UseLanguageIdentification(ModelCatalog.Default).UseSentences().UseFingerprints().UseDeduplication().UseStories().Build(),
                CaravanPipelines.CreateAggregator()),
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<HttpResponseMessage> Post(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = ApiEndpointsTests.Json(body) };
        request.Headers.Add("X-Api-Key", _host.ApiKey);
        return await _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task PostArticle_ThenSearchAndRepost_StoredIndexedOnce()
    {
        const string body = """{"id":"fr-1","title":"La sécheresse <i>frappe</i>","text":"La sécheresse frappe les agriculteurs du sud. Les récoltes de blé sont perdues cette année.","date":"2024-07-01","url":"https://example.org/fr-1"}""";
        using (var created = await Post(body))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("fr-1", json.GetProperty("id").GetString());
            Assert.Equal("fr", json.GetProperty("language").GetString());
        }

        var search = JsonDocument.Parse(await _host.Client.GetStringAsync(new Uri("/api/search?q=r%C3%A9coltes", UriKind.Relative))).RootElement;
        Assert.Equal("fr-1", Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var stories = JsonDocument.Parse(await _host.Client.GetStringAsync(new Uri("/api/stories", UriKind.Relative))).RootElement;
        Assert.Equal(1, stories.GetProperty("total").GetInt32());

        using var again = await Post(body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task Requests_OverTheLimit_Return429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await _host.Client.GetAsync(new Uri("/api/stories", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(8, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
