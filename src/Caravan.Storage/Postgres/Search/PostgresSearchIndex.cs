using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Errors;
using Caravan.Core.Search;
using Npgsql;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// The search index of a PostgreSQL store: tables beside the store's (migration 2) with one tsvector
/// per article in its language's text search configuration, GIN-indexed, and the actor table with
/// trigram keys. Derived from the store like the Lucene index (rebuilt by `caravan reindex`); an
/// update compares each article's version and commits once. Thread-safe: every call takes its own
/// pooled connection; updates take an advisory lock so that concurrent writers run one at a time.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private const long UpdateLock = 0x43415241_564150;
    private const int InsertsPerBatch = 500;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _display;
    private readonly Lazy<IReadOnlySet<string>> _configs;

    private PostgresSearchIndex(NpgsqlDataSource dataSource, string display)
    {
        _dataSource = dataSource;
        _display = display;
        _configs = new(() => Guard(() => Query("SELECT cfgname::text FROM pg_ts_config", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>The index in the database of <paramref name="url"/> (its tables are created with the store's).</summary>
    public static PostgresSearchIndex Open(string url)
    {
        var index = new PostgresSearchIndex(PostgresConnections.For(url), PostgresUrl.Redact(url));
        index.Guard(() =>
        {
            PostgresSchema.Migrate(index._dataSource);
            return true;
        });
        return index;
    }

    public bool Exists => Guard(() => Query("SELECT 1 FROM meta WHERE key = 'search_configs'", r => r.GetInt32(0)).Any());

    /// <summary>The search tables' row counts and newest writing transaction (empty before the first update): one query.</summary>
    public string Version => Guard(() => Query("""
        SELECT coalesce((SELECT concat_ws(':', xmin::text,
            (SELECT count(*) FROM search_articles), (SELECT coalesce(max(xmin::text::bigint), 0) FROM search_articles),
            (SELECT count(*) FROM search_actors), (SELECT coalesce(max(xmin::text::bigint), 0) FROM search_actors))
            FROM meta WHERE key = 'search_configs'), '')
        """, r => r.GetString(0)).First());

    public IndexUpdate Update(CorpusResult corpus, CancellationToken cancellationToken = default) => Write(corpus, rebuild: false, cancellationToken);

    public IndexUpdate Rebuild(CorpusResult corpus, CancellationToken cancellationToken = default) => Write(corpus, rebuild: true, cancellationToken);

    public SearchResults Search(SearchQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Exists)
        {
            throw new CaravanException(ErrorCode.IndexUnavailable, $"no search index in '{_display}'; build it with `caravan reindex --db {_display}`");
        }

        using var connection = _dataSource.OpenConnection();
        var configs = Query("SELECT value FROM meta WHERE key = 'search_configs'", r => r.GetString(0)).First()
            .Split(',', StringSplitOptions.RemoveEmptyEntries);
        var compiled = SearchCompiler.Compile(connection, query, configs.Length > 0 ? configs : [TextSearchConfigs.Simple]);
        cancellationToken.ThrowIfCancellationRequested();
        var facets = SearchFacetQuery.Run(connection, compiled, query.FacetLimit);
        cancellationToken.ThrowIfCancellationRequested();
        var hits = SearchHitQuery.Run(connection, compiled, Math.Max(0, query.Offset), Math.Max(1, query.Limit));
        return new SearchResults(facets.Total, hits, facets.Facets, compiled.Actors);
    });

    /// <summary>Nothing to release: the connection pool is the process's (<see cref="PostgresConnections"/>).</summary>
    public void Dispose()
    {
    }

    private IndexUpdate Write(CorpusResult corpus, bool rebuild, CancellationToken cancellationToken) => Guard(() =>
    {
        var clock = Stopwatch.StartNew();
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, [PostgresArticleRows.Command(FormattableString.Invariant($"SELECT pg_advisory_xact_lock({UpdateLock})"))]);
        if (rebuild)
        {
            Execute(connection, [PostgresArticleRows.Command("DELETE FROM search_articles")]);
        }

        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var read = new NpgsqlCommand("SELECT id, version FROM search_articles", connection))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                existing[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var wanted = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stale = existing.Where(p => !wanted.TryGetValue(p.Key, out var a) || SearchRows.VersionKey(a) != p.Value).Select(p => p.Key).ToArray();
        Execute(connection, [PostgresArticleRows.Command("DELETE FROM search_articles WHERE id = ANY($1)", (object)stale)]);
        var fresh = corpus.Articles.Where(a => !existing.TryGetValue(a.Id, out var v) || v != SearchRows.VersionKey(a)).ToList();
        foreach (var chunk in fresh.Chunk(InsertsPerBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Execute(connection, [.. chunk.Select(a => SearchRows.Insert(a, ConfigOf(a)))]);
        }

        var configs = corpus.Articles.Select(ConfigOf).Append(TextSearchConfigs.Simple).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Execute(connection, [.. SearchRows.ReplaceActors(corpus.Actors), PostgresArticleRows.SetMeta("search_configs", string.Join(',', configs))]);
        transaction.Commit();
        return new IndexUpdate(fresh.Count, stale.Length, wanted.Count - fresh.Count, corpus.Actors.Length, clock.Elapsed);
    });

    private string ConfigOf(Article article) => TextSearchConfigs.For(Caravan.Search.IndexFields.SafeLanguage(article.Language), _configs.Value);

    private static void Execute(NpgsqlConnection connection, IReadOnlyList<NpgsqlBatchCommand> commands)
    {
        using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var command = _dataSource.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException { Source: "Npgsql" })
        {
            throw new CaravanException(ErrorCode.IndexUnavailable,
                string.Create(CultureInfo.InvariantCulture, $"search index in '{_display}' failed: {e.Message}"), e);
        }
    }
}
