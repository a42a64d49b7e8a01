using Caravan.Pipeline.Ingestion.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Caravan.Web.Ingest;

/// <summary>
/// Starting ingestions from a request, shared by the ingest page (HTML forms) and the JSON API: reads
/// and checks the upload or the feed URL, then starts the job. The caller checks the API key.
/// </summary>
internal static class IngestRequests
{
    /// <summary>The form of an upload, read within the upload limits; or the status and reason it was refused.</summary>
    public static async Task<(IFormCollection? Form, int Status, string? Error)> ReadFormAsync(HttpRequest request, WebOptions options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "send the files as multipart/form-data");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxUploadBytes;
        }

        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes }, ct).ConfigureAwait(false);
            return (form, StatusCodes.Status200OK, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(options));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(options));
        }
        catch (InvalidDataException e)
        {
            return (null, StatusCodes.Status400BadRequest, "unreadable multipart form: " + e.Message);
        }
    }

    /// <summary>Saves the form's files and starts their ingestion.</summary>
    public static async Task<(IngestJob? Job, int Status, string? Error)> UploadAsync(IFormCollection form, CorpusSource source, IngestJobs jobs, WebOptions options, CancellationToken ct)
    {
        var files = form.Files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            return (null, StatusCodes.Status400BadRequest, "choose at least one non-empty file");
        }

        if (files.Count > options.MaxUploadFiles)
        {
            return (null, StatusCodes.Status400BadRequest, FormattableString.Invariant($"at most {options.MaxUploadFiles} files per upload"));
        }

        var folder = await UploadFolder.SaveAsync(files, ct).ConfigureAwait(false);
        var job = jobs.Start("files", string.Join(", ", folder.Names), folder.Names.Length,
            (job, stopping) => source.Ingest(job, folder.Read(), stopping), folder.Dispose);
        return (job, StatusCodes.Status202Accepted, null);
    }

    /// <summary>Polls one new feed, or every feed the store knows when <paramref name="url"/> is empty.</summary>
    public static (IngestJob? Job, int Status, string? Error) AddFeed(string? url, CorpusSource source, IngestJobs jobs, WebOptions options)
    {
        IReadOnlyList<Uri> feeds;
        if (string.IsNullOrWhiteSpace(url))
        {
            feeds = [.. source.FeedStates().Select(s => new Uri(s.Url))];
            if (feeds.Count == 0)
            {
                return (null, StatusCodes.Status400BadRequest, "no feeds yet: give a feed URL");
            }
        }
        else if (url.Length <= 2000 && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var feed) && (feed.Scheme == Uri.UriSchemeHttp || feed.Scheme == Uri.UriSchemeHttps))
        {
            feeds = [feed];
        }
        else
        {
            return (null, StatusCodes.Status400BadRequest, "the feed URL must be an absolute http(s) URL");
        }

        FetchOptions fetch = options.Fetch;
        var job = jobs.Start("feeds", string.Join(", ", feeds.Select(f => f.AbsoluteUri)), null,
            (job, stopping) => source.Poll(job, feeds, fetch, stopping));
        return (job, StatusCodes.Status202Accepted, null);
    }

    private static string TooLarge(WebOptions options) => FormattableString.Invariant($"the upload is larger than {options.MaxUploadBytes} bytes");
}
