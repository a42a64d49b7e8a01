namespace Caravan.Storage.Postgres;

/// <summary>
/// Schema versions of the PostgreSQL store, applied in order; the <c>caravan_schema</c> table records
/// those applied. Never edit a shipped migration: add the next one. The tables mirror the embedded
/// store's (Sqlite/Migrations.cs), so `caravan migrate` copies rows as they are.
/// </summary>
internal static class PostgresMigrations
{
    public static readonly ImmutableArray<string> All =
    [
        // 1: raw documents, processed articles, derived corpus tables, fetch state, API key hashes.
        // Content hashes are unique: two processes storing the same document race to one row.
        """
        CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE raw_documents (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            hash text NOT NULL UNIQUE,
            id text NOT NULL,
            path text, url text, kind integer NOT NULL,
            hints text NOT NULL,
            bytes bytea NOT NULL);
        CREATE TABLE articles (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            hash text NOT NULL UNIQUE REFERENCES raw_documents(hash),
            path text, url text, site text, title text, author text,
            published text, -- ISO 8601 with the source's offset, as the embedded store keeps it
            language text NOT NULL, story_id text, duplicate_of text,
            text text NOT NULL,
            annotations text NOT NULL);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE stories (id text PRIMARY KEY, ord integer NOT NULL, json text NOT NULL);
        CREATE TABLE actors (id text PRIMARY KEY, ord integer NOT NULL, name text NOT NULL, type text NOT NULL, json text NOT NULL);
        CREATE TABLE relations (ord integer PRIMARY KEY, source text NOT NULL, target text NOT NULL, code text NOT NULL, json text NOT NULL);
        CREATE TABLE fetch_state (url text PRIMARY KEY, etag text, last_modified text, fetched text NOT NULL, status integer NOT NULL);
        CREATE TABLE api_keys (hash text PRIMARY KEY, created timestamptz NOT NULL);
        """,
        // 2: the full-text search index (derived; rebuilt by `caravan reindex`). One tsvector per
        // article in its language's text search configuration; actor keys with trigrams for fuzzy names.
        """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TABLE search_articles (
            id text PRIMARY KEY,
            version text NOT NULL,
            language text NOT NULL,
            config regconfig NOT NULL,
            site text, site_key text, story_id text,
            published timestamptz, day text,
            actors text[] NOT NULL,
            document tsvector NOT NULL);
        CREATE INDEX search_articles_document ON search_articles USING gin (document);
        CREATE INDEX search_articles_actors ON search_articles USING gin (actors);
        CREATE TABLE search_actors (id text PRIMARY KEY, name text NOT NULL, variants text[] NOT NULL);
        CREATE TABLE search_actor_keys (key text NOT NULL, actor_id text NOT NULL, person boolean NOT NULL, PRIMARY KEY (key, actor_id));
        CREATE INDEX search_actor_keys_trigrams ON search_actor_keys USING gin (key gin_trgm_ops);
        """,
        // 3 (issue #8: store per article), as the embedded store's migration 4: an article names its raw document by
        // row id instead of repeating its content hash; its path and URL are the raw document's; no index on story_id
        // (no query filters by it). The fingerprint left the annotations JSON (reading ignores it in older rows).
        """
        ALTER TABLE articles ADD COLUMN raw bigint;
        UPDATE articles a SET raw = r.seq FROM raw_documents r WHERE r.hash = a.hash;
        ALTER TABLE articles ALTER COLUMN raw SET NOT NULL;
        ALTER TABLE articles ADD CONSTRAINT articles_raw_key UNIQUE (raw);
        ALTER TABLE articles ADD CONSTRAINT articles_raw_fkey FOREIGN KEY (raw) REFERENCES raw_documents(seq);
        ALTER TABLE articles DROP COLUMN hash, DROP COLUMN path, DROP COLUMN url;
        DROP INDEX articles_story;
        """,
    ];
}
