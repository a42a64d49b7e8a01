using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Caravan.Pipeline.Ingestion.Http;

/// <summary>
/// Fetches URLs politely and safely: one request at a time per host with a delay between them,
/// robots.txt obeyed (fetched once per host), backoff on 429 and 5xx honouring Retry-After,
/// conditional GET from given validators, a timeout and a body size limit, and the SSRF guard on
/// every connection. Thread-safe; requests to different hosts run concurrently.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = AddressGuard.ConnectCallback(_options.AllowPrivate),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = _options.Timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    /// <summary>Fetches <paramref name="url"/>; a failure is a result with a problem, never an exception (except cancellation).</summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return Failed(url, 0, "only http and https URLs are fetched");
        }

        var slot = _hosts.GetOrAdd(url.Authority, _ => new HostSlot());
        if (_options.RespectRobots && !url.AbsolutePath.Equals("/robots.txt", StringComparison.Ordinal))
        {
            var (robots, problem) = await RobotsAsync(url, slot, cancellationToken).ConfigureAwait(false);
            if (robots is null)
            {
                return Failed(url, 0, problem!);
            }

            if (!robots.Allows(url))
            {
                return Failed(url, 0, "disallowed by robots.txt");
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var result = await OnceAsync(url, slot, etag, lastModified, cancellationToken).ConfigureAwait(false);
            if (result.Status is not (429 or >= 500) || attempt >= _options.MaxRetries)
            {
                return result;
            }

            var wait = slot.RetryAfter ?? _options.FirstBackoff * Math.Pow(2, attempt);
            if (wait > _options.MaxRetryAfter)
            {
                return result with { Problem = $"{result.Problem}; server asks to wait {wait.TotalSeconds:F0} s" };
            }

            slot.NotBefore = DateTimeOffset.UtcNow + wait;
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The host's robots rules, or null and the problem when the host cannot be reached at all (not cached).</summary>
    private async Task<(RobotsRules? Rules, string? Problem)> RobotsAsync(Uri url, HostSlot slot, CancellationToken cancellationToken)
    {
        if (slot.Robots is { } known)
        {
            return (known, null);
        }

        var robotsUrl = new Uri(url, "/robots.txt");
        var result = await OnceAsync(robotsUrl, slot, null, null, cancellationToken).ConfigureAwait(false);
        if (result.Status == 0)
        {
            return (null, result.Problem);
        }

        // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx) disallows for now.
        slot.Robots = result.Ok ? RobotsRules.Parse(Encoding.UTF8.GetString(result.Body!), _options.UserAgent)
            : result.Status is >= 400 and < 500 ? RobotsRules.AllowAll
            : RobotsRules.Parse("User-agent: *\nDisallow: /", _options.UserAgent);
        return (slot.Robots, null);
    }

    private async Task<FetchResult> OnceAsync(Uri url, HostSlot slot, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = slot.NotBefore - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            slot.RetryAfter = null;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            try
            {
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                slot.RetryAfter = RetryAfter(response.Headers.RetryAfter);
                var status = (int)response.StatusCode;
                var validators = (response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                if (status == 304)
                {
                    return new FetchResult(url, status, null, null, validators.Item1 ?? etag, validators.Item2 ?? lastModified, null);
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Failed(url, status, FormattableString.Invariant($"HTTP {status}"));
                }

                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    return Failed(url, status, FormattableString.Invariant($"larger than the {_options.MaxBytes} byte limit"));
                }

                var body = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
                return body is null
                    ? Failed(url, status, FormattableString.Invariant($"larger than the {_options.MaxBytes} byte limit"))
                    : new FetchResult(url, status, body, response.Content.Headers.ContentType?.ToString(), validators.Item1, validators.Item2, null);
            }
            catch (HttpRequestException e)
            {
                return Failed(url, 0, e.InnerException?.Message ?? e.Message);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Failed(url, 0, FormattableString.Invariant($"timed out after {_options.Timeout.TotalSeconds:F0} s"));
            }
        }
        finally
        {
            slot.NotBefore = DateTimeOffset.UtcNow + (slot.RetryAfter is { } after && after > _options.HostDelay ? after : _options.HostDelay);
            slot.Gate.Release();
        }
    }

    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static FetchResult Failed(Uri url, int status, string problem) => new(url, status, null, null, null, null, problem);

    /// <summary>Per-host state: one request at a time, the earliest time of the next one, robots rules.</summary>
    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NotBefore { get; set; }

        public TimeSpan? RetryAfter { get; set; }

        public RobotsRules? Robots { get; set; }
    }
}
