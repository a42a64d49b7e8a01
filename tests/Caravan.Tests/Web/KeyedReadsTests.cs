using System.Net;

namespace Caravan.Tests.Web;

/// <summary>`WebOptions.KeyedReads`: the JSON API's reads need a key too; the pages stay public.</summary>
public sealed class KeyedReadsTests : IAsyncLifetime
{
    private readonly WebHost _host = new() { Configure = o => o with { KeyedReads = true } };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<HttpStatusCode> Get(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await _host.Client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return response.StatusCode;
    }

    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/s1")]
    [InlineData("/api/actors")]
    [InlineData("/api/actors/A1")]
    [InlineData("/api/search?q=Tokayev")]
    [InlineData("/api/graph")]
    [InlineData("/api/sources")]
    [InlineData("/api/jobs")]
    public async Task ApiRead_WithoutOrWithKey_401Then200(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(path, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get(path, "wrong"));
        Assert.Equal(HttpStatusCode.OK, await Get(path, _host.ApiKey));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=Tokayev")]
    [InlineData("/openapi.json")]
    public async Task Page_WithoutKey_StaysPublic(string path) => Assert.Equal(HttpStatusCode.OK, await Get(path, null));
}
