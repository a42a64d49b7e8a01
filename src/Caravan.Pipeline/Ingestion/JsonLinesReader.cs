using System.Globalization;
using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline.Ingestion;

/// <summary>
/// Reads documents from JSON lines (<c>{"id", "text", "title"?, "lang"?, "date"?, "url"?}</c>, the
/// input of `caravan cluster` and `caravan quotes`) into articles whose text is already set:
/// features Raw | Text | Language, language from the record or "und". A bad line is reported to the
/// caller (naming its line number and id) and skipped; it never stops the stream.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Longest line accepted (64 MiB of UTF-16): larger records are reported, not parsed.</summary>
    public const int MaxLineLength = 1 << 26;

    public static IEnumerable<Article> Read(TextReader reader, string sourceName, Action<CaravanException> onBadRecord)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(onBadRecord);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Article? article = null;
            try
            {
                article = Parse(line, sourceName, lineNumber);
            }
            catch (CaravanException e)
            {
                onBadRecord(e);
            }

            if (article is not null)
            {
                yield return article;
            }
        }
    }

    /// <summary>Parses one JSON line; throws CARAVAN0006 naming the line and id when it is malformed.</summary>
    public static Article Parse(string line, string sourceName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        var where = FormattableString.Invariant($"{sourceName} line {lineNumber}");
        if (line.Length > MaxLineLength)
        {
            throw new CaravanException(ErrorCode.InvalidRecord, $"{where}: record longer than {MaxLineLength} characters, skipped");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new CaravanException(ErrorCode.InvalidRecord, $"{where}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CaravanException(ErrorCode.InvalidRecord, $"{where}: expected a JSON object");
            }

            var id = Scalar(root, "id");
            if (string.IsNullOrEmpty(id))
            {
                throw new CaravanException(ErrorCode.InvalidRecord, $"{where}: record has no \"id\"");
            }

            var text = Scalar(root, "text");
            if (text is null)
            {
                throw new CaravanException(ErrorCode.InvalidRecord, $"{where}: record '{id}' has no \"text\"");
            }

            var title = Scalar(root, "title");
            var language = NormaliseLanguage(Scalar(root, "lang") ?? Scalar(root, "language"));
            var published = ParseDate(Scalar(root, "date") ?? Scalar(root, "published"));
            return new Article
            {
                Id = id,
                Source = new SourceInfo(sourceName, Scalar(root, "url"), SourceKind.JsonLines),
                ContentHash = StableHash.Hex(text),
                Hints = new DocumentHints(title, published, language == LanguageCodes.Undetermined ? null : language),
                Title = string.IsNullOrWhiteSpace(title) ? null : title,
                Text = text,
                Published = published,
                Language = language,
                Paragraphs = Paragraphs.Split(text),
                Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
            };
        }
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string NormaliseLanguage(string? code)
    {
        var trimmed = code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 12)
        {
            return LanguageCodes.Undetermined;
        }

        // "pt-BR", "zh_Hans" -> the language part.
        var cut = trimmed.IndexOfAny(['-', '_']);
        return cut > 0 ? trimmed[..cut] : trimmed;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
}
