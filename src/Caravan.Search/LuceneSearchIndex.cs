using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Errors;
using Caravan.Core.Search;
using Caravan.Search.Analysis;
using Caravan.Search.Indexing;
using Caravan.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Caravan.Search;

/// <summary>
/// The search index of a data folder (<c>&lt;db&gt;/index</c>): a Lucene index derived from the store.
/// Updates compare each article's id, content hash and story with what the index holds and commit
/// once (a killed update leaves the previous commit); searches run on a reader that is refreshed
/// when the index has changed: at once after an update through this instance, within
/// <see cref="RecheckInterval"/> after another process's commit. Thread-safe.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    public const string FolderName = "index";

    /// <summary>
    /// How long a reader is used before the folder is checked for another process's commit: reading the
    /// segments file on every search cost about a tenth of a query's time.
    /// </summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMilliseconds(500);

    private readonly LuceneDirectory _directory;
    private readonly string _path;
    private readonly LanguageFieldAnalyzer _analyzer = new();
    private readonly System.Threading.Lock _writeLock = new();
    private readonly System.Threading.Lock _readLock = new();
    private IndexSnapshot? _snapshot;
    private long _checkedAt;
    private volatile bool _updated;

    private LuceneSearchIndex(string path)
    {
        _path = path;
        // Not FSDirectory.Open: on 64-bit Linux it gives MMapDirectory, whose byte-at-a-time reads are
        // slow in Lucene.Net 4.8 (apache/lucenenet#1151); a search reading stored fields and postings for
        // its page's hits took about 2.5 times the CPU there.
        _directory = new SimpleFSDirectory(new DirectoryInfo(path));
    }

    /// <summary>The index of the data folder <paramref name="dataFolder"/> (created on first update).</summary>
    public static LuceneSearchIndex Open(string dataFolder) => new(Path.Combine(dataFolder, FolderName));

    public bool Exists => DirectoryReader.IndexExists(_directory);

    public string Version
    {
        get
        {
            if (Volatile.Read(ref _snapshot) is null && !Exists)
            {
                return string.Empty;
            }

            var snapshot = Acquire();
            try
            {
                return snapshot.Reader.Version.ToString(CultureInfo.InvariantCulture);
            }
            finally
            {
                snapshot.Reader.DecRef();
            }
        }
    }

    public IndexUpdate Update(CorpusResult corpus, CancellationToken cancellationToken = default) => Write(corpus, rebuild: false, cancellationToken);

    public IndexUpdate Rebuild(CorpusResult corpus, CancellationToken cancellationToken = default) => Write(corpus, rebuild: true, cancellationToken);

    public SearchResults Search(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var snapshot = Acquire();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var compiled = new QueryCompiler(_analyzer, snapshot.Actors, snapshot.Languages).Compile(query);
            var offset = Math.Max(0, query.Offset);
            var top = TopScoreDocCollector.Create((int)Math.Min(int.MaxValue, (long)offset + Math.Max(1, query.Limit)), true);
            var facets = new FacetCollector();
            snapshot.Searcher.Search(compiled.Query, MultiCollector.Wrap(top, facets));
            // Only the hits of the page are read and given snippets: those before it are ranked, not loaded.
            var hits = top.GetTopDocs(offset).ScoreDocs.Select(hit => HitReader.Read(snapshot.Searcher, hit, compiled));
            return new SearchResults(facets.Total, [.. hits], facets.Facets(query.FacetLimit, snapshot.Actors.NameOf), compiled.Actors);
        }
        finally
        {
            snapshot.Reader.DecRef();
        }
    }

    public void Dispose()
    {
        _snapshot?.Reader.DecRef();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private IndexUpdate Write(CorpusResult corpus, bool rebuild, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        lock (_writeLock)
        {
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(_directory, new IndexWriterConfig(LanguageAnalyzers.Version, _analyzer)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                });
            }
            catch (LockObtainFailedException e)
            {
                throw new CaravanException(ErrorCode.IndexUnavailable, $"search index '{_path}' is locked by another process ({e.Message})", e);
            }

            using (writer)
            {
                var existing = rebuild ? null : IndexVersions.Read(_directory);
                if (existing is null)
                {
                    writer.DeleteAll();
                    existing = [];
                }

                var wanted = corpus.Articles.ToDictionary(ArticleDocuments.VersionKey, a => a, StringComparer.Ordinal);
                var removed = 0;
                foreach (var key in existing.Where(k => !wanted.ContainsKey(k)))
                {
                    writer.DeleteDocuments(new Term(IndexFields.Version, key));
                    removed++;
                }

                var added = 0;
                foreach (var (key, article) in wanted)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!existing.Contains(key))
                    {
                        writer.AddDocument(ArticleDocuments.ForArticle(article));
                        added++;
                    }
                }

                // The actor table is small next to the articles: replaced whole, so merged variants show at once.
                writer.DeleteDocuments(new Term(IndexFields.Type, IndexFields.ActorType));
                writer.AddDocuments(corpus.Actors.Select(ArticleDocuments.ForActor));
                IndexVersions.Commit(writer);
                _updated = true;
                return new IndexUpdate(added, removed, wanted.Count - added, corpus.Actors.Length, clock.Elapsed);
            }
        }
    }

    /// <summary>The current reader with one reference held for the caller (release with DecRef).</summary>
    private IndexSnapshot Acquire()
    {
        lock (_readLock)
        {
            if (_snapshot is null)
            {
                if (!Exists)
                {
                    throw new CaravanException(ErrorCode.IndexUnavailable,
                        $"no search index in '{_path}'; build it with `caravan reindex --db {Path.GetDirectoryName(_path)}`");
                }

                var reader = DirectoryReader.Open(_directory);
                if (!IndexVersions.HasCurrentSchema(reader))
                {
                    reader.Dispose();
                    throw new CaravanException(ErrorCode.IndexUnavailable,
                        $"the search index in '{_path}' was built by an older version of Caravan; rebuild it with `caravan reindex --db {Path.GetDirectoryName(_path)}`");
                }

                _snapshot = IndexSnapshot.Open(reader);
                _checkedAt = Stopwatch.GetTimestamp();
            }
            else if (_updated || Stopwatch.GetElapsedTime(_checkedAt) >= RecheckInterval)
            {
                _updated = false;
                _checkedAt = Stopwatch.GetTimestamp();
                if (DirectoryReader.OpenIfChanged(_snapshot.Reader) is { } newer)
                {
                    _snapshot.Reader.DecRef();
                    _snapshot = IndexSnapshot.Open(newer);
                }
            }

            _snapshot.Reader.IncRef();
            return _snapshot;
        }
    }
}
