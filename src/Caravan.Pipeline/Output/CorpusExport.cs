using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Caravan.Pipeline.Stages.Relations.Network;

namespace Caravan.Pipeline.Output;

/// <summary>
/// Exports of the stored corpus (`caravan export`): JSON lines of articles that `analyze` can read
/// back (id, text, title, url, date, lang plus the derived fields), a CSV table of articles, and the
/// actor network as GEXF. Deterministic: articles in processing order.
/// </summary>
public static class CorpusExport
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] CsvColumns = ["id", "title", "language", "published", "site", "story", "duplicate_of", "url", "actors"];

    public static void WriteJsonLines(CorpusResult corpus, TextWriter output)
    {
        var names = ActorNames(corpus);
        foreach (var article in corpus.Articles)
        {
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = article.Id,
                ["title"] = article.Title,
                ["text"] = article.Text,
                ["url"] = article.CanonicalUrl ?? article.Source.Url,
                ["date"] = Date(article),
                ["lang"] = article.Language,
                ["site"] = article.Site,
                ["story"] = article.StoryId,
                ["duplicate_of"] = article.DuplicateOf,
                ["actors"] = Actors(article, names),
            }, Json));
        }
    }

    public static void WriteCsv(CorpusResult corpus, TextWriter output)
    {
        var names = ActorNames(corpus);
        output.WriteLine(string.Join(',', CsvColumns));
        foreach (var article in corpus.Articles)
        {
            string?[] row =
            [
                article.Id, article.Title, article.Language, Date(article), article.Site, article.StoryId,
                article.DuplicateOf, article.CanonicalUrl ?? article.Source.Url, string.Join("; ", Actors(article, names)),
            ];
            output.WriteLine(string.Join(',', row.Select(Csv)));
        }
    }

    public static void WriteGexf(CorpusResult corpus, Stream output) =>
        ActorGraphWriters.WriteGexf(ActorGraph.Build(corpus.Actors, corpus.Relations, corpus.Articles), output);

    /// <summary>RFC 4180: quoted when the value holds a comma, quote or line end; quotes doubled.</summary>
    private static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? Date(Article article) => article.Published?.ToString("O", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ActorNames(CorpusResult corpus) =>
        corpus.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);

    private static List<string> Actors(Article article, Dictionary<string, string> names) =>
        [.. article.Mentions.Select(m => m.ActorId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => names.GetValueOrDefault(id, id)).Order(StringComparer.Ordinal)];
}
