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
        ArticlesByRawDocument,
    ];

    // 3: hashes of the web API's keys (`caravan keys create`); the keys themselves are never stored.
    private const string ApiKeys = """
        CREATE TABLE api_keys (hash TEXT PRIMARY KEY, created TEXT NOT NULL);
        """;

    // 4 (issue #8: store per article): an article names its raw document by row id instead of repeating its 32-character
    // content hash (a second copy, a second unique index); its path and URL, always the raw document's, are read from
    // there. The index on story_id goes: no query filters by it. The fingerprint left the annotations at the same time
    // (AnnotationCodec reads rows written before).
    private const string ArticlesByRawDocument = """
        CREATE TABLE articles_4 (
            seq INTEGER PRIMARY KEY,
            raw INTEGER NOT NULL UNIQUE REFERENCES raw_documents(seq),
            id TEXT NOT NULL UNIQUE,
            site TEXT, title TEXT, author TEXT, published TEXT,
            language TEXT NOT NULL, story_id TEXT, duplicate_of TEXT,
            text TEXT NOT NULL,
            annotations BLOB NOT NULL);
        INSERT INTO articles_4 (seq, raw, id, site, title, author, published, language, story_id, duplicate_of, text, annotations)
            SELECT a.seq, r.seq, a.id, a.site, a.title, a.author, a.published, a.language, a.story_id, a.duplicate_of, a.text, a.annotations
            FROM articles a JOIN raw_documents r ON r.hash = a.hash ORDER BY a.seq;
        DROP TABLE articles;
        ALTER TABLE articles_4 RENAME TO articles;
        """;
}
