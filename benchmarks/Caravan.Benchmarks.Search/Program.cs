using System.Diagnostics;
using System.Globalization;
using Caravan.Benchmarks.Search;
using Caravan.Core.Search;
using Caravan.Search;
using Caravan.Storage.Sqlite;

// Search latency over a large store: builds (or reuses) a synthetic store of N articles, rebuilds the
// index from it, then times two-word queries with one filter and all four facets.
// Usage: dotnet run -c Release --project benchmarks/Caravan.Benchmarks.Search -- DB_DIR N [QUERIES] [reindex]
var db = args.Length > 0 ? args[0] : "/tmp/caravan-search-bench";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
var clock = Stopwatch.StartNew();
if (!File.Exists(Path.Combine(db, SqliteArticleStore.FileName)))
{
    SyntheticStore.Fill(db, count);
    Console.WriteLine(FormattableString.Invariant($"store: {count} articles written in {clock.Elapsed.TotalSeconds:F1} s"));
}

// The index is rebuilt unless it exists (pass "reindex" as 4th argument to force it).
using (var store = SqliteArticleStore.Open(db))
using (var index = LuceneSearchIndex.Open(db))
if (!index.Exists || args.Length > 3 && args[3] == "reindex")
{
    clock.Restart();
    var corpus = store.ReadCorpus();
    var read = clock.Elapsed.TotalSeconds;
    var update = index.Rebuild(corpus);
    Console.WriteLine(FormattableString.Invariant(
        $"reindex: {update.Added} articles, read {read:F1} s + index {update.Elapsed.TotalSeconds:F1} s = {update.Added / (read + update.Elapsed.TotalSeconds):F0} articles/s"));
}

using var search = LuceneSearchIndex.Open(db);
string[][] words = [["Pipeline", "Astana"], ["Gespräche", "Sommer"], ["talks", "summer"], ["Sanktionen", "Wien"], ["discuții", "vară"], ["переговоры", "летом"], ["Albers", "Hochwasser"], ["critics", "project"]];
Func<int, SearchQuery>[] filters =
[
    i => new SearchQuery { Language = "de" },
    i => new SearchQuery { Since = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero) },
    i => new SearchQuery { Site = FormattableString.Invariant($"site{i % 40}.example") },
    i => new SearchQuery { Actor = SyntheticStore.People[i % SyntheticStore.People.Length] },
];
SearchQuery Query(int i) => filters[i % filters.Length](i) with { Text = string.Join(' ', words[i / filters.Length % words.Length]) };

clock.Restart();
var first = search.Search(Query(0));
Console.WriteLine(FormattableString.Invariant($"first query (opens the reader, loads the actor table): {clock.Elapsed.TotalMilliseconds:F0} ms, {first.Total} hits"));
for (var i = 0; i < 50; i++)
{
    search.Search(Query(i));
}

var times = new List<double>(queries);
var cpuTimes = new List<double>(queries);
var cpuByFilter = filters.Select(_ => new List<double>()).ToArray();
long hits = 0;
var empty = 0;
for (var i = 0; i < queries; i++)
{
    var cpu = ThreadCpu.Milliseconds();
    clock.Restart();
    var results = search.Search(Query(i));
    times.Add(clock.Elapsed.TotalMilliseconds);
    cpuTimes.Add(ThreadCpu.Milliseconds() - cpu);
    cpuByFilter[i % filters.Length].Add(cpuTimes[^1]);
    hits += results.Total;
    // Check the output, not only the time: hits come with facets and snippets.
    if (results.Total > 0 && (results.Facets.Languages.Length == 0 || results.Hits.Any(h => h.Snippet.Length == 0)))
    {
        throw new InvalidOperationException($"query {i} ({Query(i)}): hits without facets or snippets");
    }

    empty += results.Total == 0 ? 1 : 0;
}

static double P(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
static string Summary(List<double> values)
{
    values.Sort();
    return FormattableString.Invariant($"mean {values.Average():F1} ms, p50 {P(values, 0.5):F1} ms, p95 {P(values, 0.95):F1} ms, p99 {P(values, 0.99):F1} ms");
}

Console.WriteLine(FormattableString.Invariant(
    $"search: {queries} queries (two words, one filter, 4 facets, 10 hits with snippets), wall: {Summary(times)}, mean hits {hits / queries}, queries without hits {empty}"));
// The thread's own CPU time per query: what a quiet machine would take, where the wall time above
// also counts waiting for a core on a shared machine.
Console.WriteLine("search CPU time: " + Summary(cpuTimes));
string[] filterNames = ["--lang", "--since", "--site", "--actor"];
for (var f = 0; f < filters.Length; f++)
{
    Console.WriteLine($"  {filterNames[f],-8} CPU: {Summary(cpuByFilter[f])}");
}
