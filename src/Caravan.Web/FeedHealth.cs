using Caravan.Core.Storage;

namespace Caravan.Web;

/// <summary>A feed's health from its last poll: "ok", "stale" (not polled for <see cref="StaleAfter"/>) or "failing".</summary>
public sealed record FeedHealth(string Url, string Status, string Detail, DateTimeOffset LastPolled, int HttpStatus)
{
    /// <summary>Twice a day's polls missed: `caravan watch` polls every 15 minutes by default.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(2);

    public static FeedHealth Of(FetchState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (status, detail) = state.Status switch
        {
            0 => ("failing", "unreachable (network error, refused address or timeout)"),
            304 => ("ok", "unchanged since the poll before"),
            >= 200 and < 300 => ("ok", "fetched"),
            var code => ("failing", FormattableString.Invariant($"HTTP {code}")),
        };
        if (status == "ok" && now - state.Fetched > StaleAfter)
        {
            (status, detail) = ("stale", "not polled for more than two days");
        }

        return new FeedHealth(state.Url, status, detail, state.Fetched, state.Status);
    }
}
