using System.Threading.RateLimiting;
using Caravan.Core.Errors;
using Caravan.Web.Api;
using Caravan.Web.Ingest;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web;

/// <summary>
/// The web server of `caravan serve`: server-rendered pages and the JSON API over one data folder,
/// with a strict Content-Security-Policy, a request body limit and a per-client rate limit.
/// </summary>
public static class CaravanWebApp
{
    private const string Csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        // Operators see failures (500s, stopped requests) on stderr; per-request logs would drown them.
        builder.Logging.ClearProviders().AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new CorpusSource(options.Db, options.Pipeline, options.SearchCacheSize));
        builder.Services.AddSingleton<IngestJobs>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = options.RateWindow, QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
        app.UseStatusCodePages();
        app.UseRateLimiter();
        Map(app, options);
        return app;
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> fires or the process is asked to stop (Ctrl+C).</summary>
    public static async Task ServeAsync(WebOptions options, Action<Uri> started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        await using var app = Build(options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        started(Address(app));
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The address the started server listens on (port 0 resolved).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        return new Uri(addresses?.Addresses.FirstOrDefault() ?? throw new InvalidOperationException("server has no address; start it first"));
    }

    private static void Map(WebApplication app, WebOptions options)
    {
        app.MapGet("/style.css", () => Results.Text(SiteStyle.Css, "text/css; charset=utf-8"));
        app.MapGet("/", (HttpRequest r, CorpusSource s) => StoryPages.Index(r, s.Current, options));
        app.MapGet("/stories/{id}", (string id, CorpusSource s) => StoryPages.Show(id, s.Current));
        app.MapGet("/actors", (HttpRequest r, CorpusSource s) => ActorPages.Index(r, s.Current, options));
        app.MapGet("/actors/{id}", (string id, CorpusSource s) => ActorPages.Show(id, s.Current));
        app.MapGet("/network", (CorpusSource s) => ActorPages.Network(s.Current));
        app.MapGet("/search", (HttpRequest r, CorpusSource s, CancellationToken ct) => SearchPage.Show(r, s, options, ct));
        app.MapGet("/sources", (CorpusSource s) => SourcesPage.Show(s, DateTimeOffset.UtcNow));
        app.MapGet("/ingest", (IngestJobs j) => IngestPages.Show(j));
        app.MapGet("/ingest/jobs/{id}", (string id, IngestJobs j) => IngestPages.Job(j.Find(id)));
        app.MapPost("/ingest/files", (HttpRequest r, CorpusSource s, IngestJobs j, CancellationToken ct) => IngestPages.PostFilesAsync(r, s, j, options, ct));
        app.MapPost("/ingest/feeds", (HttpRequest r, CorpusSource s, IngestJobs j, CancellationToken ct) => IngestPages.PostFeedAsync(r, s, j, options, ct));
        app.MapGet("/openapi.json", () => Results.Json(OpenApiDocument.Create()));
        ApiEndpoints.Map(app, options);
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }

    /// <summary>Known failures keep their meaning; only the unexpected is a 500.</summary>
    private static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        CaravanException { Code: ErrorCode.BadArgument } => StatusCodes.Status400BadRequest,
        CaravanException { Code: ErrorCode.IndexUnavailable or ErrorCode.StoreUnavailable } => StatusCodes.Status503ServiceUnavailable,
        OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
