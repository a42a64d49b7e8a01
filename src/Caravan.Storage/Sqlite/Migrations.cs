namespace Caravan.Storage.Sqlite;

/// <summary>
/// Schema versions, applied in order inside one transaction each; <c>PRAGMA user_version</c> records
/// the last one applied. Never edit a shipped migration: add the next one.
/// </summary>
internal static class Migrations
{
    public static readonly ImmutableArray<string> All =
    [
        // 1: raw documents, processed articles, derived corpus tables.
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE raw_documents (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            id TEXT NOT NULL,
            path TEXT, url TEXT, kind INTEGER NOT NULL,
            hints TEXT NOT NULL,
            bytes BLOB NOT NULL);
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL UNIQUE REFERENCES raw_documents(hash),
            path TEXT, url TEXT, site TEXT, title TEXT, author TEXT, published TEXT,
            language TEXT NOT NULL, story_id TEXT, duplicate_of TEXT,
            text TEXT NOT NULL,
            annotations TEXT NOT NULL);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE stories (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE actors (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE relations (ord INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL, json TEXT NOT NULL);
        """,
        // 2: HTTP validators of fetched feeds (conditional GET across restarts).
        """
        CREATE TABLE fetch_state (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched TEXT NOT NULL, status INTEGER NOT NULL);
        """,
        ApiKeys,
    ];

    // 3: hashes of the web API's keys (`caravan keys create`); the keys themselves are never stored.
    private const string ApiKeys = """
        CREATE TABLE api_keys (hash TEXT PRIMARY KEY, created TEXT NOT NULL);
        """;
}
