using System.Net;
using Caravan.Pipeline.Ingestion.Http;

namespace Caravan.Tests.Ingestion.Feeds;

public sealed class PoliteFetcherTests
{
    private static FetchOptions Options => new() { AllowPrivate = true, HostDelay = TimeSpan.FromMilliseconds(20), FirstBackoff = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(10) };

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2a00:1450:4001::1", true)]
    public void IsPublic_Addresses(string address, bool expected) =>
        Assert.Equal(expected, AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task Fetch_LoopbackWithoutOptIn_Refused()
    {
        using var server = new LocalHttpServer((_, _) => "hello");
        using var fetcher = new PoliteFetcher(Options with { AllowPrivate = false });
        var result = await fetcher.FetchAsync(new Uri(server.BaseUrl, "/page"));
        Assert.False(result.Ok);
        Assert.Contains("private or loopback", result.Problem, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fetch_429WithRetryAfter_WaitsAndRetries()
    {
        var calls = 0;
        using var server = new LocalHttpServer((request, response) =>
        {
            if (request.Url!.AbsolutePath == "/busy" && Interlocked.Increment(ref calls) == 1)
            {
                response.StatusCode = 429;
                response.AddHeader("Retry-After", "1");
                return "";
            }

            return "ok";
        });
        using var fetcher = new PoliteFetcher(Options);
        var result = await fetcher.FetchAsync(new Uri(server.BaseUrl, "/busy"));
        Assert.True(result.Ok, result.Problem);
        var busy = server.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToList();
        Assert.Equal(2, busy.Count);
        Assert.True(busy[1] - busy[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(busy[1] - busy[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Fetch_RobotsDisallowAndSizeLimitAndUserAgent()
    {
        using var server = new LocalHttpServer((request, _) => request.Url!.AbsolutePath switch
        {
            "/robots.txt" => "User-agent: *\nDisallow: /private\n\nUser-agent: testbot\nDisallow: /secret\n",
            "/big" => new string('x', 5000),
            _ => "ok",
        });
        using var fetcher = new PoliteFetcher(Options with { UserAgent = "TestBot/2.0", MaxBytes = 1000 });
        Assert.True((await fetcher.FetchAsync(new Uri(server.BaseUrl, "/private/a"))).Ok); // our group replaces the * group
        Assert.Contains("robots.txt", (await fetcher.FetchAsync(new Uri(server.BaseUrl, "/secret/a"))).Problem, StringComparison.Ordinal);
        Assert.Contains("limit", (await fetcher.FetchAsync(new Uri(server.BaseUrl, "/big"))).Problem, StringComparison.Ordinal);
        Assert.Equal(1, server.Count("/robots.txt"));
        Assert.All(server.Requests, r => Assert.Equal("TestBot/2.0", r.UserAgent));
    }

    [Fact]
    public async Task Fetch_SameHostConcurrently_OneAtATimeWithDelay()
    {
        using var server = new LocalHttpServer((_, _) => "ok");
        using var fetcher = new PoliteFetcher(Options with { HostDelay = TimeSpan.FromMilliseconds(150), RespectRobots = false });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fetcher.FetchAsync(new Uri(server.BaseUrl, $"/p{i}"))));
        var times = server.Requests.Select(r => r.At).Order().ToList();
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(120), $"requests {(times[i] - times[i - 1]).TotalMilliseconds} ms apart");
        }
    }
}
