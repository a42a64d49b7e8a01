namespace Caravan.Pipeline.Ingestion.Http;

/// <summary>Politeness and safety limits of the fetcher (numbers follow common crawler practice).</summary>
public sealed record FetchOptions
{
    public string UserAgent { get; init; } = "CaravanBot/1.0 (+https://github.com/caravan-news/caravan)";

    /// <summary>Least time between two requests to one host.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read, in bytes.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Attempts after a 429 or 5xx answer, with exponential backoff (or the server's Retry-After).</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a server asking for more is given up on for this pass.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Permit private and loopback addresses (tests, intranet feeds). Off by default: SSRF guard.</summary>
    public bool AllowPrivate { get; init; }

    public bool RespectRobots { get; init; } = true;
}
