using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Caravan.Core.Pipeline;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion.Http;
using Caravan.Pipeline.Models;
using Caravan.Tests.Ingestion.Feeds;

namespace Caravan.Tests.Web;

/// <summary>
/// Background ingestion over the API (/api/uploads, /api/feeds, /api/jobs) and /api/sources, through a
/// real pipeline without the NER models; every refusal is a problem details 4xx.
/// </summary>
public sealed class IngestApiTests : IAsyncLifetime
{
    private readonly WebHost _host = new()
    {
        Seed = false,
        Configure = o => o with
        {
            MaxUploadBytes = 64 * 1024,
            MaxUploadFiles = 3,
            Fetch = new FetchOptions { AllowPrivate = true, HostDelay = TimeSpan.FromMilliseconds(10), MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10) },
            Pipeline = () => (new PipelineBuilder().UseExtraction().UseLanguageIdentification(ModelCatalog.Default).UseSentences().UseFingerprints().UseDeduplication().UseStories().Build(),
                CaravanPipelines.CreateAggregator()),
        },
    };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private static MultipartFormDataContent Files(params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }

        return form;
    }

    private async Task<HttpResponseMessage> Send(string path, HttpContent? content, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await _host.Client.SendAsync(request);
    }

    /// <summary>Polls the job's Location until it ends.</summary>
    private async Task<JsonElement> Finished(HttpResponseMessage accepted)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!;
        Assert.StartsWith("/api/jobs/", location.OriginalString, StringComparison.Ordinal);
        for (var i = 0; i < 600; i++)
        {
            var job = JsonDocument.Parse(await _host.Client.GetStringAsync(location)).RootElement.Clone();
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the job did not end within 60 s");
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Upload_TwoFilesOneEmpty_StoresTheArticleAndReportsTheJob()
    {
        using var accepted = await Send("/api/uploads", Files(
            ("en-ferry.txt", "The ferry between Tulcea and the delta villages sailed again on Tuesday after two days in port because of strong winds."),
            ("../../etc/blank.txt", "   \n")), _host.ApiKey);
        var job = await Finished(accepted);
        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.Equal("files", job.GetProperty("kind").GetString());
        Assert.Equal(2, job.GetProperty("total_files").GetInt32());
        Assert.Equal(1, job.GetProperty("stored").GetInt32());
        var article = Assert.Single(job.GetProperty("articles").EnumerateArray());
        Assert.Equal("en-ferry", article.GetProperty("id").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
        // The folder part of an uploaded name is dropped; the problem names the upload, not a server path.
        Assert.Contains(job.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("upload/blank.txt", StringComparison.Ordinal));

        var search = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/search?q=Tulcea")).RootElement;
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        var jobs = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/jobs")).RootElement;
        Assert.Equal(1, jobs.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Upload_NoKeyOrWrongKey_Returns401()
    {
        using var none = await Send("/api/uploads", Files(("a.txt", "Some words here.")), null);
        await AssertProblem(none, HttpStatusCode.Unauthorized);
        using var wrong = await Send("/api/uploads", Files(("a.txt", "Some words here.")), "nope");
        await AssertProblem(wrong, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_BadRequests_ReturnProblemDetails()
    {
        using var json = await Send("/api/uploads", ApiEndpointsTests.Json("{}"), _host.ApiKey);
        await AssertProblem(json, HttpStatusCode.UnsupportedMediaType);
        using var empty = await Send("/api/uploads", Files(("empty.txt", "")), _host.ApiKey);
        await AssertProblem(empty, HttpStatusCode.BadRequest);
        using var many = await Send("/api/uploads", Files(("1.txt", "a"), ("2.txt", "b"), ("3.txt", "c"), ("4.txt", "d")), _host.ApiKey);
        await AssertProblem(many, HttpStatusCode.BadRequest);
        using var large = await Send("/api/uploads", Files(("big.txt", new string('a', 100 * 1024))), _host.ApiKey);
        await AssertProblem(large, HttpStatusCode.RequestEntityTooLarge);
        var jobs = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/jobs")).RootElement;
        Assert.Equal(0, jobs.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Feeds_PolledOnceThenAll_ListedOnSourcesWithHealth()
    {
        using var server = new LocalHttpServer((request, response) => request.Url!.AbsolutePath switch
        {
            "/feed.xml" => Rss(request.Headers["If-None-Match"], response),
            "/ferry" => Html(response),
            _ => NotFound(response),
        });
        var feed = new Uri(server.BaseUrl, "/feed.xml").AbsoluteUri;
        var gone = new Uri(server.BaseUrl, "/gone.xml").AbsoluteUri;
        using (var none = await Send("/api/feeds", null, _host.ApiKey))
        {
            await AssertProblem(none, HttpStatusCode.BadRequest); // no URL and no feed known yet
        }

        var first = await Finished(await Send("/api/feeds", ApiEndpointsTests.Json($$"""{"url":"{{feed}}"}"""), _host.ApiKey));
        Assert.Equal(1, first.GetProperty("stored").GetInt32());
        await Finished(await Send("/api/feeds", ApiEndpointsTests.Json($$"""{"url":"{{gone}}"}"""), _host.ApiKey));
        var all = await Finished(await Send("/api/feeds", null, _host.ApiKey));
        Assert.Equal(0, all.GetProperty("stored").GetInt32()); // the page is stored already

        var sources = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/sources")).RootElement;
        var feeds = sources.GetProperty("feeds").EnumerateArray().ToDictionary(f => f.GetProperty("url").GetString()!, f => f);
        Assert.Equal("ok", feeds[feed].GetProperty("health").GetString());
        Assert.Equal(304, feeds[feed].GetProperty("http_status").GetInt32());
        Assert.Equal("failing", feeds[gone].GetProperty("health").GetString());
        Assert.Equal(404, feeds[gone].GetProperty("http_status").GetInt32());
        Assert.Equal("127.0.0.1", Assert.Single(sources.GetProperty("sites").EnumerateArray()).GetProperty("site").GetString());
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.org/feed"}""")]
    [InlineData("""{"url":"not a url"}""")]
    [InlineData("""{"url":42}""")]
    [InlineData("""[1]""")]
    [InlineData("""{"url":""")]
    public async Task Feeds_BadBody_Returns400ProblemDetails(string body)
    {
        using var response = await Send("/api/feeds", ApiEndpointsTests.Json(body), _host.ApiKey);
        await AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Feeds_NoKey_Returns401()
    {
        using var response = await Send("/api/feeds", ApiEndpointsTests.Json("""{"url":"https://example.org/feed.xml"}"""), null);
        await AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/jobs/unknown", HttpStatusCode.NotFound)]
    [InlineData("/api/jobs?page=0", HttpStatusCode.BadRequest)]
    public async Task Jobs_BadRequest_ReturnsProblemDetails(string path, HttpStatusCode status)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));
        await AssertProblem(response, status);
    }

    private static string? Rss(string? ifNoneMatch, HttpListenerResponse response)
    {
        if (ifNoneMatch == "\"f1\"")
        {
            response.StatusCode = 304;
            return null;
        }

        response.ContentType = "application/rss+xml";
        response.AddHeader("ETag", "\"f1\"");
        return """<?xml version="1.0"?><rss version="2.0"><channel><title>Delta</title><item><title>Ferry</title><link>/ferry</link></item></channel></rss>""";
    }

    private static string Html(HttpListenerResponse response)
    {
        response.ContentType = "text/html; charset=utf-8";
        return "<html><body><article><p>The ferry between Tulcea and the delta villages sailed again on Tuesday after two days in port.</p></article></body></html>";
    }

    private static string NotFound(HttpListenerResponse response)
    {
        response.StatusCode = 404;
        return "not here";
    }
}
