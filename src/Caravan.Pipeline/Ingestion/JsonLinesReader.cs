using System.Globalization;
using System.Text;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Core.Text;

namespace Caravan.Pipeline.Ingestion;

/// <summary>
/// JSON lines of articles: <c>{"id","text","title"?,"url"?,"date"?,"lang"?}</c> ("language" and
/// "published" are accepted too). A bad line is reported (file, line number and id when known) and
/// skipped; the rest is read. The raw bytes of a JSONL document are its "text" in UTF-8; the other
/// fields become hints.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads a whole JSONL file's bytes into documents and problems (the ingestion path).</summary>
    public static IEnumerable<IngestItem> Read(string path, byte[] bytes, IngestOptions options)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes));
        return [.. Lines(reader, path, options.MaxJsonLineChars)];
    }

    /// <summary>
    /// Streams JSONL into articles whose text is already set (features Raw | Text | Language; language
    /// from the record or "und"), for the batch verbs (`cluster`, `quotes`) that skip extraction.
    /// </summary>
    public static IEnumerable<Article> ReadArticles(TextReader reader, string sourceName, Action<CaravanException> onBadRecord)
    {
        foreach (var item in Lines(reader, sourceName, IngestOptions.Default.MaxJsonLineChars))
        {
            switch (item)
            {
                case InputProblem problem:
                    onBadRecord(new CaravanException(problem.Code, problem.ToString()));
                    break;
                case IngestedDocument { Document: var raw }:
                    var text = Encoding.UTF8.GetString(raw.Bytes.Span);
                    yield return raw.ToArticle() with
                    {
                        Raw = default,
                        Title = raw.Hints.Title,
                        Text = text,
                        Published = raw.Hints.Published,
                        Language = raw.Hints.Language ?? LanguageCodes.Undetermined,
                        Paragraphs = Paragraphs.Split(text),
                        Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
                    };
                    break;
            }
        }
    }

    /// <summary>Parses one JSON line into a document or a problem naming <paramref name="where"/>.</summary>
    public static IngestItem Parse(string line, string where, string? path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return new InputProblem(where, ErrorCode.InvalidRecord, $"not valid JSON ({e.Message})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputProblem(where, ErrorCode.InvalidRecord, "not a JSON object");
            }

            var id = Scalar(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return new InputProblem(where, ErrorCode.InvalidRecord, "missing \"id\"");
            }

            var body = Scalar(root, "text");
            if (body is null)
            {
                return new InputProblem($"{where} (id {id})", ErrorCode.InvalidRecord, "missing \"text\"");
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                return new InputProblem($"{where} (id {id})", ErrorCode.InputEmpty, "empty \"text\"");
            }

            var hints = new DocumentHints(
                Scalar(root, "title"),
                ParseDate(Scalar(root, "date") ?? Scalar(root, "published")),
                NormaliseLanguage(Scalar(root, "lang") ?? Scalar(root, "language")));
            var raw = Encoding.UTF8.GetBytes(body);
            var source = new SourceInfo(path, Scalar(root, "url"), SourceKind.JsonLines);
            return new IngestedDocument(new RawDocument(id, source, raw, ContentChecks.Hash(raw), hints));
        }
    }

    /// <summary>ISO dates ("2023-02-28", "2023-02-28T10:15:00Z"); anything else is ignored.</summary>
    public static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;

    private static IEnumerable<IngestItem> Lines(TextReader reader, string path, int maxChars)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = FormattableString.Invariant($"{path}:{lineNumber}");
            yield return line.Length > maxChars
                ? new InputProblem(where, ErrorCode.InvalidRecord, "line longer than the limit")
                : Parse(line, where, path);
        }
    }

    private static string? Scalar(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };

    /// <summary>"pt-BR", "zh_Hans" -> the language part; empty or implausible codes -> null.</summary>
    private static string? NormaliseLanguage(string? code)
    {
        var trimmed = code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 12 || trimmed == LanguageCodes.Undetermined)
        {
            return null;
        }

        var cut = trimmed.IndexOfAny(['-', '_']);
        return cut > 0 ? trimmed[..cut] : trimmed;
    }
}
