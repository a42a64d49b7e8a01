using System.Diagnostics;
using System.Globalization;
using Caravan.Search;
using Caravan.Search.Indexing;
using Caravan.Storage.Sqlite;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace Caravan.Tests.Jobs;

/// <summary>
/// Starts a writing verb again and again (run k is given k, so each run can bring new input) and
/// SIGKILLs it at a random point: after a random delay, or as soon as it has committed. After every kill the store must
/// hold every article acknowledged before (stored by an earlier, committed batch) and pass SQLite's
/// integrity check, and the committed index must pass Lucene's CheckIndex.
/// </summary>
internal sealed class KillLoop(string db, Func<int, Process> start, int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Articles seen in the store after a kill: never to be lost again.</summary>
    public HashSet<string> Acknowledged { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Kills that hit a running process (a process that finished before its kill point does not count).</summary>
    public int Kills { get; private set; }

    /// <summary>Kills of a run that had already committed articles (the others hit start-up or a first batch).</summary>
    public int KillsAfterCommit { get; private set; }

    /// <summary>One line per run: how it ended, when, and the stored articles before and after.</summary>
    public List<string> Log { get; } = [];

    /// <summary>Runs until <paramref name="kills"/> kills landed (or <paramref name="attempts"/> runs were started).</summary>
    public void Run(int kills, int attempts)
    {
        // Time from start to the first commit of a run, as observed so far: start-up (runtime, models)
        // dominates it, and it stretches with the machine's load, so kill delays are drawn relative to it.
        var firstCommit = TimeSpan.FromSeconds(2);
        for (var attempt = 0; attempt < attempts && Kills < kills; attempt++)
        {
            // Half the kills come after a random delay (start-up, mid-batch, the store write), half as
            // soon as the run's first commit is seen (aggregation, the index update, the next batch).
            var byProgress = _random.Next(2) == 0;
            var delay = byProgress ? TimeSpan.FromMinutes(2) : firstCommit * (_random.NextDouble() * 2);
            var target = byProgress ? Acknowledged.Count + 1 : long.MaxValue;
            using var process = start(attempt);
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            var committed = false;
            while (!process.HasExited && clock.Elapsed < delay)
            {
                var count = StoredCount(db);
                if (!committed && count > Acknowledged.Count)
                {
                    committed = true;
                    firstCommit = clock.Elapsed;
                }

                if (count >= target)
                {
                    break;
                }

                Thread.Sleep(15);
            }

            var killed = !process.HasExited;
            if (killed)
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Linux
                Kills++;
                KillsAfterCommit += committed ? 1 : 0;
            }

            process.WaitForExit();
            var before = Acknowledged.Count;
            Check();
            Log.Add(string.Create(CultureInfo.InvariantCulture,
                $"run {attempt + 1}: {(killed ? "killed" : "finished")} after {clock.ElapsedMilliseconds} ms ({(byProgress ? "on commit" : "on delay")}), stored {before} -> {Acknowledged.Count}"));
        }
    }

    /// <summary>The store and the index after a run or a kill: nothing acknowledged lost, nothing corrupt.</summary>
    public void Check()
    {
        var stored = StoredIds(db);
        var lost = Acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"acknowledged articles lost after kill {Kills}: {string.Join(", ", lost.Take(5))}");
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        using (var directory = FSDirectory.Open(Path.Combine(db, LuceneSearchIndex.FolderName)))
        {
            if (DirectoryReader.IndexExists(directory))
            {
                var status = new CheckIndex(directory).DoCheckIndex();
                Assert.True(status.Clean, $"index not clean after kill {Kills}");
            }
        }

        Acknowledged = stored;
    }

    /// <summary>The index holds exactly the store's articles (same versions) and actors, as `reindex` would build it.</summary>
    public static void AssertIndexMatchesStore(string db)
    {
        using var store = SqliteArticleStore.Open(db);
        var corpus = store.ReadCorpus();
        using var directory = FSDirectory.Open(Path.Combine(db, LuceneSearchIndex.FolderName));
        var versions = IndexVersions.Read(directory) ?? [];
        Assert.Equal(corpus.Articles.Select(ArticleDocuments.VersionKey).Order(StringComparer.Ordinal), versions.Order(StringComparer.Ordinal));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(corpus.Articles.Length, searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), 1).TotalHits);
        Assert.Equal(corpus.Actors.Length, searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.ActorType)), 1).TotalHits);
    }

    public static HashSet<string> StoredIds(string db)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(Path.Combine(db, SqliteArticleStore.FileName)))
        {
            return ids;
        }

        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles";
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // no such table: killed before the schema was created
        }

        return ids;
    }

    private static long StoredCount(string db)
    {
        try
        {
            return File.Exists(Path.Combine(db, SqliteArticleStore.FileName))
                ? Convert.ToInt64(Scalar(db, "SELECT count(*) FROM articles"), CultureInfo.InvariantCulture)
                : 0;
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet, or busy
        }
    }

    private static object? Scalar(string db, string sql)
    {
        if (!File.Exists(Path.Combine(db, SqliteArticleStore.FileName)))
        {
            return "ok";
        }

        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(db, SqliteArticleStore.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
