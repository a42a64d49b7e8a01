using System.Text.Json.Nodes;

namespace Caravan.Web.Api;

/// <summary>
/// The OpenAPI 3.0 description served at /openapi.json, written by hand: the API is small, and a
/// hand-written document needs no package and states the paging and error conventions exactly.
/// </summary>
internal static class OpenApiDocument
{
    public static JsonObject Create() => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject { ["title"] = "Caravan API", ["version"] = "1", ["description"] = "Stories, actors, search, sources and the actor network of a Caravan store, and ingestion. Errors are RFC 9457 problem details. Read endpoints are public unless the server runs with keyed reads." },
        ["components"] = new JsonObject
        {
            ["securitySchemes"] = new JsonObject { ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = ApiEndpoints.KeyHeader } },
            ["parameters"] = new JsonObject
            {
                ["page"] = Query("page", "integer", "Page number from 1."),
                ["size"] = Query("size", "integer", "Items per page (1 to 200, default 20)."),
                ["id"] = new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } },
            },
        },
        ["paths"] = new JsonObject
        {
            ["/api/stories"] = Get("Stories, latest first.", Paged()),
            ["/api/stories/{id}"] = Get("One story with its documents, quotes, relations and actors.", [Ref("id")], notFound: true),
            ["/api/actors"] = Get("Actors (merged name variants), paged.", Paged()),
            ["/api/actors/{id}"] = Get("One actor: spellings with languages, quotes, relations.", [Ref("id")], notFound: true),
            ["/api/search"] = Get("Full-text search in every language, with facets and highlight spans into each snippet.",
                [.. Paged(), Query("q", "string", "Words (all required) or an actor's name in any spelling."), Query("lang", "string", "ISO language code."),
                 Query("since", "string", "Published on or after this date."), Query("actor", "string", "Actor name or id."),
                 Query("site", "string", "Site."), Query("story", "string", "Story id.")]),
            ["/api/graph"] = Get("The actor network (nodes, edges) as JSON.", []),
            ["/api/articles"] = Post("Ingest one article through the pipeline: JSON {id, text, title?, url?, date?, lang?}.",
                "application/json", new JsonObject { ["type"] = "object", ["required"] = new JsonArray("id", "text") }, new JsonObject
                {
                    ["201"] = Response("Stored and processed."),
                    ["200"] = Response("Already stored (same text)."),
                    ["400"] = Response("Invalid record."),
                    ["413"] = Response("Body too large."),
                    ["422"] = Response("A pipeline stage failed on the document."),
                }),
            ["/api/uploads"] = Post("Upload files (.txt, .html, .html.gz, .jsonl, .warc) as multipart/form-data; they are analysed in the background.",
                "multipart/form-data", new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["files"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } } } },
                Accepted(["400", "Nothing to upload or too many files."], ["413", "Upload too large."], ["415", "Not multipart/form-data."])),
            ["/api/feeds"] = Post("Poll a feed now (JSON {url}); without a url, every feed the store knows. Its pages are analysed in the background.",
                "application/json", new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["url"] = new JsonObject { ["type"] = "string" } } },
                Accepted(["400", "Not an http(s) URL, or no feeds known."])),
            ["/api/sources"] = Get("The feeds polled with their health, and the sites of the stored articles.", []),
            ["/api/jobs"] = Get("Ingestion jobs since the server started, latest first.", Paged()),
            ["/api/jobs/{id}"] = Get("One ingestion job's progress: read, stored, skipped, problems, and its articles once done.", [Ref("id")], notFound: true),
        },
    };

    private static JsonObject Post(string summary, string mediaType, JsonObject schema, JsonObject responses)
    {
        responses["401"] = Response("Missing or unknown API key.");
        responses["429"] = Response("Too many requests.");
        return new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["summary"] = summary,
                ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }),
                ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = schema } } },
                ["responses"] = responses,
            },
        };
    }

    private static JsonObject Accepted(params string[][] errors)
    {
        var responses = new JsonObject { ["202"] = Response("Started: the body is the job; Location is /api/jobs/{id}.") };
        foreach (var error in errors)
        {
            responses[error[0]] = Response(error[1]);
        }

        return responses;
    }

    private static JsonObject Get(string summary, JsonNode[] parameters, bool notFound = false)
    {
        var responses = new JsonObject { ["200"] = Response("OK"), ["400"] = Response("Bad parameter."), ["429"] = Response("Too many requests.") };
        if (notFound)
        {
            responses["404"] = Response("Not found.");
        }

        return new JsonObject { ["get"] = new JsonObject { ["summary"] = summary, ["parameters"] = new JsonArray(parameters), ["responses"] = responses } };
    }

    private static JsonNode[] Paged() => [Ref("page"), Ref("size")];

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/parameters/" + name };

    private static JsonObject Query(string name, string type, string description) =>
        new() { ["name"] = name, ["in"] = "query", ["description"] = description, ["schema"] = new JsonObject { ["type"] = type } };

    private static JsonObject Response(string description) => new() { ["description"] = description };
}
