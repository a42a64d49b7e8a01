using System.Text;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Core.Text;

namespace Caravan.Pipeline.Corpus;

/// <summary>
/// Reads the JSON-lines document format shared by `caravan cluster` and `caravan quotes`:
/// {"id", "text", "title"?, "lang"?, "date"?} per line, as articles whose text is already extracted.
/// A bad line is returned as an error (with its id when it has one) so the batch can go on.
/// </summary>
public static class DocumentLines
{
    /// <summary>One parsed line: the article, or the error that made the line unusable.</summary>
    public readonly record struct Line(int Number, Article? Article, CaravanException? Error);

    public static IEnumerable<Line> Read(TextReader reader, string inputName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, number, inputName);
        }
    }

    private static Line Parse(string line, int number, string inputName)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = Field(root, "id");
            var text = Field(root, "text");
            if (id is null || text is null)
            {
                return new Line(number, null, new CaravanException(ErrorCode.InvalidRecord,
                    $"{inputName}:{number}: record {id ?? "(no id)"} lacks \"{(id is null ? "id" : "text")}\""));
            }

            var lang = Field(root, "lang");
            return new Line(number, new Article
            {
                Id = id,
                Source = new SourceInfo(inputName, Field(root, "url"), SourceKind.JsonLines),
                ContentHash = id,
                Raw = Encoding.UTF8.GetBytes(text),
                Title = Field(root, "title"),
                Text = text,
                Language = string.IsNullOrWhiteSpace(lang) ? LanguageCodes.Undetermined : lang,
                Paragraphs = Paragraphs.Split(text),
                Hints = new DocumentHints(Field(root, "title"), null, lang),
                Features = ArticleFeatures.Raw | ArticleFeatures.Text,
            }, null);
        }
        catch (JsonException e)
        {
            return new Line(number, null, new CaravanException(ErrorCode.InvalidRecord, $"{inputName}:{number}: not a JSON object ({e.Message})", e));
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
