using System.Text.Json;
using Caravan.Web.Ingest;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>
/// Background ingestion over the API: POST /api/uploads (multipart files) and POST /api/feeds
/// (a feed URL, or none: every known feed) answer 202 with the job and its Location; GET /api/jobs
/// and /api/jobs/{id} report progress.
/// </summary>
internal static class IngestApi
{
    public static void Map(RouteGroupBuilder api, WebOptions options)
    {
        api.MapPost("/uploads", async (HttpRequest r, CorpusSource s, IngestJobs j, CancellationToken ct) =>
        {
            if (!s.IsValidKey(r.Headers[ApiEndpoints.KeyHeader]))
            {
                return ApiEndpoints.NoKey();
            }

            var (form, status, error) = await IngestRequests.ReadFormAsync(r, options, ct).ConfigureAwait(false);
            if (form is null)
            {
                return Problem(status, error!);
            }

            var (job, started, problem) = await IngestRequests.UploadAsync(form, s, j, options, ct).ConfigureAwait(false);
            return job is null ? Problem(started, problem!) : Accepted(job);
        });
        api.MapPost("/feeds", async (HttpRequest r, CorpusSource s, IngestJobs j, CancellationToken ct) =>
        {
            if (!s.IsValidKey(r.Headers[ApiEndpoints.KeyHeader]))
            {
                return ApiEndpoints.NoKey();
            }

            var (url, bad) = await FeedUrlAsync(r, ct).ConfigureAwait(false);
            if (bad is not null)
            {
                return Problems.BadRequest(bad);
            }

            var (job, status, error) = IngestRequests.AddFeed(url, s, j, options);
            return job is null ? Problem(status, error!) : Accepted(job);
        });
        api.MapGet("/jobs", (HttpRequest r, IngestJobs j) =>
        {
            var (paging, problem) = Paging.From(r, options.MaxPageSize);
            return problem ?? Results.Json(paging.Wrap(j.Recent().Select(Json)));
        });
        api.MapGet("/jobs/{id}", (string id, IngestJobs j) =>
            j.Find(id) is { } job ? Results.Json(Json(job.Progress)) : Problems.NotFound($"no job '{id}' (jobs are kept in memory until the server restarts)"));
    }

    public static object Json(IngestProgress p) => new
    {
        id = p.Id,
        kind = p.Kind,
        input = p.Label,
        state = IngestPages.StateName(p.State),
        total_files = p.Total,
        read = p.Read,
        stored = p.Stored,
        skipped = p.Skipped,
        problems = p.Problems,
        articles = p.Articles.Select(a => new { id = a.Id, title = a.Title, language = a.Language, story = a.StoryId }),
        started = p.Started,
        finished = p.Finished,
        error = p.Error,
    };

    private static IResult Accepted(IngestJob job) => Results.Accepted("/api/jobs/" + Uri.EscapeDataString(job.Id), Json(job.Progress));

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    /// <summary>The body {"url": "..."}; an empty body or no url means every known feed.</summary>
    private static async Task<(string? Url, string? Problem)> FeedUrlAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is 0 || request.ContentLength is null && !request.Body.CanSeek && request.Headers.TransferEncoding.Count == 0)
        {
            return (null, null);
        }

        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct).ConfigureAwait(false);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "the body must be a JSON object {\"url\": \"https://...\"}");
            }

            return json.RootElement.TryGetProperty("url", out var url)
                ? url.ValueKind == JsonValueKind.String ? (url.GetString(), null) : (null, "url must be a string")
                : (null, null);
        }
        catch (JsonException e)
        {
            return (null, "the body is not JSON: " + e.Message);
        }
    }
}
