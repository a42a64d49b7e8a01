using System.Text.Json;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Quotes;

/// <summary>
/// The quotation and relation gold set in tests/corpus/quotes: documents written for the project, each
/// with a JSON file beside it naming the mentions (surface, type, key), the quotes (text and speaker
/// key, null for anonymous sources) and the relations (source key, target key, CAMEO root code).
/// </summary>
internal sealed record GoldDocument(string Name, string Language, string Text,
    ImmutableArray<(string Surface, EntityType Type, string Key)> Mentions,
    ImmutableArray<(TextSpan Span, string? Speaker)> Quotes,
    ImmutableArray<(string Source, string Target, string Code)> Relations)
{
    /// <summary>The first document number of the set held back from development (see tests/corpus/quotes/README.md).</summary>
    public const int FirstHeldBack = 6;

    /// <summary>Written after the speaker-mention repair, to check it for overfitting: "en-06", "ru-07".</summary>
    public bool HeldBack => int.Parse(Name.AsSpan(Name.LastIndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture) >= FirstHeldBack;

    /// <summary>The document as an article with sentences and the gold mentions.</summary>
    public Article WithGoldMentions() => MarkedMentions.Article(Text, Language, [.. Mentions]);

    /// <summary>The document with mentions from the crude capitalised-word recogniser of the test kit.</summary>
    public Article WithRecognisedMentions() => MarkedMentions.Recognised(Text, Language);
}

internal static class GoldCorpus
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpus", "quotes");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/corpus/quotes not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<GoldDocument> Load()
    {
        var folder = Folder();
        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read)];
    }

    private static GoldDocument Read(string jsonPath)
    {
        var text = File.ReadAllText(Path.ChangeExtension(jsonPath, ".txt")).TrimEnd('\n');
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        var mentions = root.GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString()!, Parse(m.GetProperty("type").GetString()!), m.GetProperty("key").GetString()!));
        var quotes = root.GetProperty("quotes").EnumerateArray().Select(q =>
        {
            var quote = q.GetProperty("text").GetString()!;
            var at = text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidDataException($"{jsonPath}: quote not in text: {quote}");
            }

            return (new TextSpan(at, at + quote.Length), q.GetProperty("speaker").GetString());
        });
        var relations = root.GetProperty("relations").EnumerateArray()
            .Select(r => (r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()!, r.GetProperty("type").GetString()!));
        return new GoldDocument(Path.GetFileNameWithoutExtension(jsonPath), root.GetProperty("lang").GetString()!, text,
            [.. mentions], [.. quotes], [.. relations]);
    }

    private static EntityType Parse(string tag) => EntityTypes.TryParse(tag, out var t) ? t : throw new InvalidDataException("bad type " + tag);
}
