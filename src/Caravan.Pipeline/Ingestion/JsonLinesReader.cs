using System.Globalization;
using System.Text;
using System.Text.Json;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Ingestion;

/// <summary>
/// JSON lines of articles: <c>{"id","text","title"?,"url"?,"date"?,"lang"?}</c>. A bad line is reported
/// (file, line number and id when known) and skipped; the rest of the file is read.
/// The raw bytes of a JSONL document are its "text" in UTF-8; the other fields become hints.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(string path, byte[] bytes, IngestOptions options)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = FormattableString.Invariant($"{path}:{lineNumber}");
            yield return line.Length > options.MaxJsonLineChars
                ? new InputProblem(where, ErrorCode.InvalidRecord, "line longer than the limit")
                : Parse(line, where, path);
        }
    }

    /// <summary>Parses one JSON line into a document or a problem naming <paramref name="where"/>.</summary>
    public static IngestItem Parse(string line, string where, string? path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
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

            var id = String(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return new InputProblem(where, ErrorCode.InvalidRecord, "missing \"id\"");
            }

            var body = String(root, "text");
            if (string.IsNullOrWhiteSpace(body))
            {
                return new InputProblem($"{where} (id {id})", ErrorCode.InputEmpty, "missing or empty \"text\"");
            }

            var hints = new DocumentHints(String(root, "title"), ParseDate(String(root, "date")), NullIfEmpty(String(root, "lang")));
            var raw = Encoding.UTF8.GetBytes(body);
            var source = new SourceInfo(path, String(root, "url"), SourceKind.JsonLines);
            return new IngestedDocument(new RawDocument(id, source, raw, ContentChecks.Hash(raw), hints));
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>ISO dates ("2023-02-28", "2023-02-28T10:15:00Z"); anything else is ignored.</summary>
    public static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
