using System.Globalization;
using System.Text;
using Caravan.Web.Ingest;
using Microsoft.AspNetCore.Http;
using static Caravan.Web.Pages.Html;

namespace Caravan.Web.Pages;

/// <summary>
/// `/ingest`: upload files or add a feed (both need an API key, typed into the form), and
/// `/ingest/jobs/{id}`: a job's progress, refreshed every second by the page itself (no script) until it ends.
/// </summary>
internal static class IngestPages
{
    private const string BadKey = "Unknown API key. Create one with `caravan keys create --db DIR` and type it here.";

    public static IResult Show(IngestJobs jobs, string? error = null, int status = StatusCodes.Status200OK)
    {
        var sb = new StringBuilder();
        if (error is not null)
        {
            sb.Append("<p class=\"alert\" role=\"alert\">").Append(E(error)).Append("</p>\n");
        }

        sb.Append("<h2>Upload files</h2>\n<form method=\"post\" action=\"/ingest/files\" enctype=\"multipart/form-data\">")
            .Append("<p><label for=\"files\">Articles: .txt, .html, .html.gz, .jsonl (one article per line) or .warc</label>")
            .Append("<input id=\"files\" type=\"file\" name=\"files\" multiple required></p>")
            .Append("<p><label for=\"files-key\">API key</label><input id=\"files-key\" type=\"password\" name=\"key\" autocomplete=\"off\" required></p>")
            .Append("<p><button type=\"submit\">Upload and analyse</button></p></form>\n")
            .Append("<h2>Add a feed</h2>\n<form method=\"post\" action=\"/ingest/feeds\">")
            .Append("<p><label for=\"feed-url\">Feed URL (RSS or Atom)</label><input id=\"feed-url\" type=\"url\" name=\"url\" required placeholder=\"https://example.org/feed.xml\"></p>")
            .Append("<p><label for=\"feed-key\">API key</label><input id=\"feed-key\" type=\"password\" name=\"key\" autocomplete=\"off\" required></p>")
            .Append("<p><button type=\"submit\">Add and poll now</button></p></form>\n")
            .Append("<p class=\"meta\">No key yet? Create one with <code>caravan keys create</code>.</p>\n");
        var recent = jobs.Recent();
        if (recent.Count > 0)
        {
            sb.Append("<h2>Recent jobs</h2>\n<table><caption>Ingestions since the server started, latest first</caption><thead><tr>")
                .Append("<th scope=\"col\">Job</th><th scope=\"col\">Input</th><th scope=\"col\">State</th><th scope=\"col\">Stored</th><th scope=\"col\">Skipped</th></tr></thead><tbody>\n");
            foreach (var p in recent)
            {
                sb.Append("<tr><td>").Append(Link("/ingest/jobs/" + U(p.Id), p.Id)).Append("</td><td>").Append(E(p.Label))
                    .Append("</td><td>").Append(StateName(p.State))
                    .Append(CultureInfo.InvariantCulture, $"</td><td>{p.Stored}</td><td>{p.Skipped}</td></tr>\n");
            }

            sb.Append("</tbody></table>\n");
        }

        return Page("Ingest", sb.ToString(), status);
    }

    /// <summary>POST /ingest/files: the upload form; on success, on to the job's page.</summary>
    public static async Task<IResult> PostFilesAsync(HttpRequest request, CorpusSource source, IngestJobs jobs, WebOptions options, CancellationToken ct)
    {
        var (form, status, error) = await IngestRequests.ReadFormAsync(request, options, ct).ConfigureAwait(false);
        if (form is null)
        {
            return Show(jobs, error, status);
        }

        if (!source.IsValidKey(form["key"]))
        {
            return Show(jobs, BadKey, StatusCodes.Status401Unauthorized);
        }

        var (job, started, problem) = await IngestRequests.UploadAsync(form, source, jobs, options, ct).ConfigureAwait(false);
        return job is null ? Show(jobs, problem, started) : Results.Redirect("/ingest/jobs/" + U(job.Id));
    }

    /// <summary>POST /ingest/feeds: a new feed (or, without a URL, every known feed) polled now; on to the job's page.</summary>
    public static async Task<IResult> PostFeedAsync(HttpRequest request, CorpusSource source, IngestJobs jobs, WebOptions options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Show(jobs, "send the form as application/x-www-form-urlencoded", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        if (!source.IsValidKey(form["key"]))
        {
            return Show(jobs, BadKey, StatusCodes.Status401Unauthorized);
        }

        var (job, status, error) = IngestRequests.AddFeed(form["url"], source, jobs, options);
        return job is null ? Show(jobs, error, status) : Results.Redirect("/ingest/jobs/" + U(job.Id));
    }

    public static IResult Job(IngestJob? job)
    {
        if (job is null)
        {
            return NotFound("No such ingestion job (jobs are kept in memory until the server restarts).");
        }

        var p = job.Progress;
        var sb = new StringBuilder();
        sb.Append("<p>").Append(E(p.Kind == "files" ? "Files: " : "Feeds: ")).Append(E(p.Label)).Append("</p>\n")
            .Append("<p role=\"status\"><strong>").Append(StateName(p.State)).Append("</strong>")
            .Append(CultureInfo.InvariantCulture, $" · {p.Read} read · {p.Stored} stored · {p.Skipped} skipped</p>\n");
        if (!p.IsFinished)
        {
            sb.Append("<progress aria-label=\"Ingestion progress\"></progress>\n<p class=\"meta\">This page refreshes itself every second until the job ends.</p>\n");
        }

        if (p.Error is not null)
        {
            sb.Append("<p class=\"alert\" role=\"alert\">").Append(E(p.Error)).Append("</p>\n");
        }

        if (!p.Articles.IsEmpty)
        {
            sb.Append("<h2>Articles</h2><ul>\n");
            foreach (var a in p.Articles)
            {
                sb.Append("<li>").Append(Lang(a.Language))
                    .Append(a.StoryId is { } story ? Link("/stories/" + U(story), a.Title ?? a.Id) : E(a.Title ?? a.Id))
                    .Append(" <span class=\"meta\">").Append(E(a.Id)).Append("</span></li>\n");
            }

            sb.Append("</ul>\n");
        }

        if (!p.Problems.IsEmpty)
        {
            sb.Append("<h2>Skipped inputs</h2><ul>").Append(string.Concat(p.Problems.Select(x => "<li>" + E(x) + "</li>"))).Append("</ul>\n");
        }

        sb.Append("<p>").Append(Link("/ingest", "Back to ingest")).Append("</p>\n");
        var head = p.IsFinished ? "" : "<meta http-equiv=\"refresh\" content=\"1\">";
        return Page("Ingestion " + p.Id, sb.ToString(), head: head);
    }

    public static string StateName(IngestState state) => state switch
    {
        IngestState.Queued => "queued",
        IngestState.Running => "running",
        IngestState.Done => "done",
        _ => "failed",
    };
}
