using System.Text;
using Caravan.Storage.Sqlite;
using Caravan.Testing;

namespace Caravan.Benchmarks.Search;

/// <summary>
/// Fills a store with processed articles made without the pipeline (text from GeneratedCorpus,
/// mentions of its eight people linked to eight actors, sites, days, stories), so a 100,000-article
/// store can be built in minutes to measure the index. Not a measure of the pipeline.
/// </summary>
internal static class SyntheticStore
{
    public static readonly string[] People = ["Katharina Albers", "Nurlan Ermekbayev", "Antony Blinken", "Elena Vlădescu", "Pierre Lemaire", "Olga Lebedeva", "Tomasz Nowak", "Aigerim Sadykova"];

    public static void Fill(string db, int count)
    {
        using var store = SqliteArticleStore.Open(db);
        var batch = new List<(RawDocument, Article)>(1000);
        var i = 0;
        var start = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
        foreach (var (name, text) in GeneratedCorpus.Articles(count, seed: 42))
        {
            var language = name[^6..^4];
            var id = name[..^4];
            var bytes = Encoding.UTF8.GetBytes(text);
            var hash = Caravan.Pipeline.Ingestion.ContentChecks.Hash(bytes);
            var cut = text.IndexOf("\n\n", StringComparison.Ordinal);
            var body = text[(cut + 2)..];
            var article = new Article
            {
                Id = id,
                Source = new SourceInfo(name, null, SourceKind.PlainText),
                ContentHash = hash,
                Title = text[..cut],
                Text = body,
                Language = language,
                Site = FormattableString.Invariant($"site{i % 40}.example"),
                Published = start.AddHours(i % (365 * 24) / 3.0),
                StoryId = FormattableString.Invariant($"s{i / 6}"),
                Mentions = [.. Mentions(body)],
                Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
            };
            batch.Add((new RawDocument(id, article.Source, bytes, hash, DocumentHints.None), article));
            if (batch.Count == batch.Capacity)
            {
                store.SaveBatch(batch, "synthetic");
                batch.Clear();
            }

            i++;
        }

        store.SaveBatch(batch, "synthetic");
        store.ReplaceCorpus(new CorpusResult([], [], [.. People.Select((p, n) => Actor(p, n))], []));
    }

    private static IEnumerable<Mention> Mentions(string text)
    {
        for (var p = 0; p < People.Length; p++)
        {
            var at = 0;
            while ((at = text.IndexOf(People[p], at, StringComparison.Ordinal)) >= 0)
            {
                yield return new Mention(new TextSpan(at, at + People[p].Length), People[p], EntityType.Per, People[p].ToLowerInvariant(), ActorId(p));
                at += People[p].Length;
            }
        }
    }

    private static string ActorId(int person) => FormattableString.Invariant($"P{person}");

    private static Actor Actor(string name, int person) =>
        new(ActorId(person), name, EntityType.Per, [new(name, "en", 1), new(name.Split(' ')[^1], "de", 1)], [], 0);
}
