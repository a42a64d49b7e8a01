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
        ["info"] = new JsonObject { ["title"] = "Caravan API", ["version"] = "1", ["description"] = "Stories, actors, search and the actor network of a Caravan store. Errors are RFC 9457 problem details." },
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
            ["/api/articles"] = new JsonObject
            {
                ["post"] = new JsonObject
                {
                    ["summary"] = "Ingest one article through the pipeline: JSON {id, text, title?, url?, date?, lang?}.",
                    ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }),
                    ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["required"] = new JsonArray("id", "text") } } } },
                    ["responses"] = new JsonObject
                    {
                        ["201"] = Response("Stored and processed."),
                        ["200"] = Response("Already stored (same text)."),
                        ["400"] = Response("Invalid record."),
                        ["401"] = Response("Missing or unknown API key."),
                        ["413"] = Response("Body too large."),
                        ["422"] = Response("A pipeline stage failed on the document."),
                        ["429"] = Response("Too many requests."),
                    },
                },
            },
        },
    };

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
