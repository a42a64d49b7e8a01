using System.Collections.Concurrent;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Core.Storage;
using Caravan.Pipeline.Ingestion.Http;

namespace Caravan.Pipeline.Ingestion.Feeds;

/// <summary>
/// One polling pass over feeds: fetches each feed with a conditional GET, then each linked page not
/// yet in the store, and yields the pages as raw documents (id "url-" + hash of the link, the feed's
/// title and date as hints, the response charset as a hint) for <see cref="Jobs.AnalysisJob"/>.
/// Feeds are fetched concurrently, politely per host (see <see cref="PoliteFetcher"/>). The feeds'
/// validators are returned, to be saved only once the pass's documents are stored: a pass killed
/// midway is simply repeated. Every polled feed gets a state, unchanged (304) and failed ones
/// included (their validators kept, their status recorded), so the store knows each feed's health.
/// </summary>
public sealed class FeedWatcher(PoliteFetcher fetcher)
{
    /// <summary>Pages fetched ahead of the pipeline (bounded memory).</summary>
    private const int Buffer = 32;

    /// <summary>Feeds polled at once (each host still gets one request at a time).</summary>
    private const int ParallelFeeds = 4;

    public static string PageId(Uri link) =>
        "url-" + ContentChecks.Hash(Encoding.UTF8.GetBytes(link.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)))[..16];

    /// <summary>
    /// Starts a pass. <paramref name="known"/> holds the validators of the feeds (read beforehand: the
    /// store is not touched from the fetching threads); <paramref name="isStored"/> tells stored page ids.
    /// </summary>
    public FeedPass Poll(IReadOnlyList<Uri> feeds, IReadOnlyDictionary<string, FetchState> known, Func<string, bool> isStored, CancellationToken cancellationToken)
    {
        var items = new BlockingCollection<IngestItem>(Buffer);
        var states = new ConcurrentBag<FetchState>();
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(feeds, new ParallelOptions { MaxDegreeOfParallelism = ParallelFeeds, CancellationToken = cancellationToken },
                    async (feed, ct) => await PollFeedAsync(feed, known, isStored, seen, items, states, ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            finally
            {
                items.CompleteAdding();
            }
        }, cancellationToken);
        return new FeedPass(items, producer, states);
    }

    private async Task PollFeedAsync(Uri feed, IReadOnlyDictionary<string, FetchState> known, Func<string, bool> isStored,
        ConcurrentDictionary<string, bool> seen, BlockingCollection<IngestItem> items, ConcurrentBag<FetchState> states, CancellationToken ct)
    {
        var previous = known.GetValueOrDefault(feed.AbsoluteUri);
        var result = await fetcher.FetchAsync(feed, previous?.ETag, previous?.LastModified, ct).ConfigureAwait(false);
        if (result.NotModified || !result.Ok)
        {
            // Unchanged or failed: the validators stay, the outcome is recorded (a feed's health).
            states.Add(new FetchState(feed.AbsoluteUri, previous?.ETag, previous?.LastModified, DateTimeOffset.UtcNow, result.Status));
            if (!result.Ok && !result.NotModified)
            {
                items.Add(new InputProblem(feed.AbsoluteUri, ErrorCode.FetchFailed, result.Problem ?? "not fetched"), ct);
            }

            return;
        }

        IReadOnlyList<FeedItem> entries;
        try
        {
            entries = FeedParser.Parse(new MemoryStream(result.Body!), feed);
        }
        catch (InvalidDataException e)
        {
            items.Add(new InputProblem(feed.AbsoluteUri, ErrorCode.InvalidRecord, e.Message), ct);
            return;
        }

        foreach (var entry in entries)
        {
            var id = PageId(entry.Link);
            if (isStored(id) || !seen.TryAdd(id, true))
            {
                continue;
            }

            items.Add(await PageAsync(entry, id, ct).ConfigureAwait(false), ct);
        }

        states.Add(new FetchState(feed.AbsoluteUri, result.ETag, result.LastModified, DateTimeOffset.UtcNow, result.Status));
    }

    private async Task<IngestItem> PageAsync(FeedItem entry, string id, CancellationToken ct)
    {
        var page = await fetcher.FetchAsync(entry.Link, cancellationToken: ct).ConfigureAwait(false);
        if (!page.Ok)
        {
            return new InputProblem(entry.Link.AbsoluteUri, ErrorCode.FetchFailed, page.Problem ?? "not fetched");
        }

        var media = HttpHeaders.MediaType(page.ContentType);
        if (!(media is null ? HttpHeaders.LooksLikeHtml(page.Body) : HttpHeaders.IsHtml(media)) || ContentChecks.IsBlank(page.Body))
        {
            return new InputProblem(entry.Link.AbsoluteUri, ErrorCode.InputBinary, $"not an HTML page ({media ?? "unknown type"})");
        }

        var hints = new DocumentHints(entry.Title, entry.Published, Charset: HttpHeaders.Charset(page.ContentType));
        var source = new SourceInfo(null, entry.Link.AbsoluteUri, SourceKind.Html);
        return new IngestedDocument(new RawDocument(id, source, page.Body!, ContentChecks.Hash(page.Body!), hints));
    }
}

/// <summary>
/// A pass in progress: <see cref="Items"/> streams the fetched pages and problems (blocking until the
/// pass ends); <see cref="States"/> holds the feeds' validators once <see cref="Items"/> is exhausted.
/// </summary>
public sealed class FeedPass(BlockingCollection<IngestItem> queue, Task producer, ConcurrentBag<FetchState> states) : IDisposable
{
    public IEnumerable<IngestItem> Items
    {
        get
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            producer.GetAwaiter().GetResult(); // surfaces cancellation and unexpected errors
        }
    }

    public IReadOnlyList<FetchState> States => [.. states.OrderBy(s => s.Url, StringComparer.Ordinal)];

    public void Dispose() => queue.Dispose();
}
