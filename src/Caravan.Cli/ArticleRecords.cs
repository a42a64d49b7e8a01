using Caravan.Core.Model;
using Caravan.Pipeline.Ingestion;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Caravan.Cli;

/// <summary>Articles in and out of the CLI: raw articles from files, and the `extract` JSON line shape (CONTRACTS.md).</summary>
internal static class ArticleRecords
{
    private static readonly string[] ProvenanceFields = ["title", "published", "author", "site"];

    /// <summary>A raw article as ingestion makes it (content hash and features included).</summary>
    public static Article Raw(string id, string? path, byte[] bytes, SourceKind kind) =>
        new RawDocument(id, new SourceInfo(path, null, kind), bytes, ContentChecks.Hash(bytes), DocumentHints.None).ToArticle();

    /// <summary>One `extract` JSON line: id, path, title, text, published, author, site, language, provenance.</summary>
    public static string ToJson(Article article, string? path)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CliIo.Json.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("id", article.Id);
            w.WriteString("path", path);
            w.WriteString("title", article.Title);
            w.WriteString("text", article.Text);
            w.WriteString("published", FormatDate(article.Published));
            w.WriteString("author", article.Author);
            w.WriteString("site", article.Site);
            w.WriteString("language", article.Language);
            w.WriteStartObject("provenance");
            foreach (var field in ProvenanceFields)
            {
                w.WriteString(field, article.Provenance.TryGetValue(field, out var p) ? p.Source : null);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>"2023-02-28" for a date alone (midnight UTC), else "2023-02-28T10:15:00Z" or with its offset.</summary>
    public static string? FormatDate(DateTimeOffset? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        if (d.Offset == TimeSpan.Zero)
        {
            return d.TimeOfDay == TimeSpan.Zero
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
