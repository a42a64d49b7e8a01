using Caravan.Core.Errors;
using Caravan.Core.Search;
using Caravan.Search;
using Caravan.Storage.Postgres;
using Caravan.Storage.Postgres.Search;
using Caravan.Storage.Sqlite;

namespace Caravan.Storage;

/// <summary>
/// What a `--db` value names: a data folder (the embedded SQLite store and its Lucene index, the
/// default) or a <c>postgres://</c> URL (the PostgreSQL store and its full-text index). Every verb
/// and the web server open their store and index through this, never a backend directly.
/// </summary>
public abstract record StoreLocation
{
    /// <summary>A <c>postgres://</c> or <c>postgresql://</c> URL is a database; anything else a folder.</summary>
    public static StoreLocation Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return PostgresUrl.IsUrl(db) ? new PostgresLocation(db) : new FolderLocation(db);
    }

    /// <summary>The location for messages: the folder, or the URL without its password.</summary>
    public abstract string Display { get; }

    /// <summary>Opens the store, creating and migrating it if needed.</summary>
    public abstract IStoreTransfer OpenStore();

    /// <summary>Opens the search index that belongs to the store.</summary>
    public abstract ISearchIndex OpenIndex();

    /// <summary>Whether a store has been created here (for the verbs that only read one).</summary>
    public abstract bool HasStore();

    /// <summary>Fails with CARAVAN0007 when there is no store here yet.</summary>
    public void RequireStore()
    {
        if (!HasStore())
        {
            throw new CaravanException(ErrorCode.StoreUnavailable, $"no store in '{Display}'; run `caravan analyze PATH --db {Display}` first");
        }
    }
}

/// <summary>A data folder: <c>caravan.db</c> (SQLite) and <c>index/</c> (Lucene).</summary>
public sealed record FolderLocation(string Directory) : StoreLocation
{
    public override string Display => Directory;

    public override IStoreTransfer OpenStore() => SqliteArticleStore.Open(Directory);

    public override ISearchIndex OpenIndex() => LuceneSearchIndex.Open(Directory);

    public override bool HasStore() => File.Exists(Path.Combine(Directory, SqliteArticleStore.FileName));
}

/// <summary>A PostgreSQL database: the store's tables and the full-text index in the same database.</summary>
public sealed record PostgresLocation(string Url) : StoreLocation
{
    public override string Display => PostgresUrl.Redact(Url);

    public override IStoreTransfer OpenStore() => PostgresArticleStore.Open(Url);

    public override ISearchIndex OpenIndex() => PostgresSearchIndex.Open(Url);

    public override bool HasStore() => PostgresArticleStore.Exists(Url);

    public override string ToString() => Display;
}
