using System.Globalization;
using System.Text;
using Caravan.Core.Search;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Output;
using Caravan.Pipeline.Stages.Relations.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Web.Api;

/// <summary>The JSON API under /api: read endpoints with paging, and authenticated ingestion.</summary>
internal static class ApiEndpoints
{
    public const string KeyHeader = "X-Api-Key";

    public static void Map(IEndpointRouteBuilder app, WebOptions options)
    {
        var api = app.MapGroup("/api");
        if (options.KeyedReads)
        {
            api.AddEndpointFilter(async (context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<CorpusSource>().IsValidKey(context.HttpContext.Request.Headers[KeyHeader])
                    ? await next(context).ConfigureAwait(false)
                    : NoKey());
        }

        api.MapGet("/stories", (HttpRequest r, CorpusSource s) => Paged(r, options, p => Results.Json(p.Wrap(s.Current.Stories))));
        api.MapGet("/stories/{id}", (string id, CorpusSource s) => Story(s.Current, id));
        api.MapGet("/actors", (HttpRequest r, CorpusSource s) => Paged(r, options, p => Results.Json(p.Wrap(s.Current.Document.Entities))));
        api.MapGet("/actors/{id}", (string id, CorpusSource s) => Actor(s.Current, id));
        api.MapGet("/search", (HttpRequest r, CorpusSource s, CancellationToken ct) => Paged(r, options, p => Search(r, s, p, ct)));
        api.MapGet("/graph", (CorpusSource s) =>
        {
            // The writer is synchronous and Kestrel forbids synchronous body writes: buffer it.
            using var buffer = new MemoryStream();
            ActorGraphWriters.WriteJson(s.Current.Graph, buffer);
            return Results.Bytes(buffer.ToArray(), "application/json");
        });
        api.MapPost("/articles", (HttpRequest r, CorpusSource s, CancellationToken ct) => PostArticle(r, s, options, ct));
        api.MapGet("/sources", (CorpusSource s) => Results.Json(new
        {
            feeds = s.FeedStates().Select(f => FeedHealth.Of(f, DateTimeOffset.UtcNow)).Select(f => new
            {
                url = f.Url, health = f.Status, detail = f.Detail, last_polled = f.LastPolled, http_status = f.HttpStatus,
            }),
            sites = s.Current.Sites.Select(x => new { site = x.Site, named = x.Named, articles = x.Articles, languages = x.Languages, latest = x.Latest }),
        }));
        IngestApi.Map(api, options);
    }

    internal static IResult NoKey() =>
        Problems.Unauthorized($"a valid {KeyHeader} header is required (create one with `caravan keys create`)");

    private static IResult Paged(HttpRequest request, WebOptions options, Func<Paging, IResult> body)
    {
        var (paging, problem) = Paging.From(request, options.MaxPageSize);
        return problem ?? body(paging);
    }

    private static IResult Story(CorpusSnapshot snapshot, string id)
    {
        if (snapshot.Story(id) is not { } story)
        {
            return Problems.NotFound($"no story '{id}'");
        }

        var documents = snapshot.DocumentsOf(story.Documents).ToList();
        var actorIds = snapshot.ActorsOf(story.Documents).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return Results.Json(new
        {
            story,
            documents,
            quotes = snapshot.QuotesOf(story.Documents),
            relations = snapshot.RelationsOf(story.Documents).Select(r => RelationJson(snapshot, r)),
            actors = snapshot.Document.Entities.Where(e => actorIds.Contains(e.Id)),
        });
    }

    private static IResult Actor(CorpusSnapshot snapshot, string id)
    {
        if (!snapshot.Actors.TryGetValue(id, out var actor))
        {
            return Problems.NotFound($"no actor '{id}'");
        }

        return Results.Json(new
        {
            actor = snapshot.Entities[id],
            spellings = actor.Variants.Select(v => new { surface = v.Surface, language = v.Language, count = v.Count }),
            quotes = snapshot.QuotesBySpeaker.GetValueOrDefault(id, []),
            relations = snapshot.Corpus.Relations
                .Where(r => r.SourceActorId == id || r.TargetActorId == id)
                .Select(r => RelationJson(snapshot, r)),
        });
    }

    private static object RelationJson(CorpusSnapshot snapshot, Relation r) => new
    {
        source_id = r.SourceActorId,
        source = snapshot.ActorName(r.SourceActorId),
        target_id = r.TargetActorId,
        target = snapshot.ActorName(r.TargetActorId),
        type = r.Code,
        label = r.Label,
        documents = r.Documents,
        evidence = r.Evidence,
        independent_sources = r.IndependentSources,
    };

    private static IResult Search(HttpRequest request, CorpusSource source, Paging paging, CancellationToken ct)
    {
        var (query, problem) = SearchRequest.From(request, paging);
        if (problem is not null)
        {
            return problem;
        }

        var results = source.Search(query, ct);
        return Results.Json(new
        {
            page = paging.Page,
            size = paging.Size,
            total = results.Total,
            items = results.Hits.Select(SearchHitRecord.From),
            actors = SearchFacetsRecord.ActorsOf(results),
            facets = SearchFacetsRecord.From(results.Facets),
        });
    }

    private static async Task<IResult> PostArticle(HttpRequest request, CorpusSource source, WebOptions options, CancellationToken ct)
    {
        if (!source.IsValidKey(request.Headers[KeyHeader]))
        {
            return NoKey();
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return Problems.TooLarge($"body is larger than {options.MaxRequestBodyBytes} bytes");
        }

        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge($"body is larger than {options.MaxRequestBodyBytes} bytes");
        }

        var item = JsonLinesReader.Parse(body, "request body", null);
        if (item is not IngestedDocument document)
        {
            return Problems.BadRequest(((InputProblem)item).Problem);
        }

        var (report, article, problems) = await Task.Run(() => source.Ingest(document.Document, ct), ct).ConfigureAwait(false);
        if (article is null)
        {
            return Results.Problem(detail: "the pipeline could not process this document: " + string.Join("; ", problems),
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable document");
        }

        var created = report.Ingested > 0;
        var payload = new { id = article.Id, language = article.Language, title = article.Title, story = article.StoryId, duplicate_of = article.DuplicateOf, created };
        return Results.Json(payload, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
