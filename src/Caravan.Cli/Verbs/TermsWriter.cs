using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Cli.Verbs;

/// <summary>
/// Writes, per clustered document, what story clustering compares: its language, date, lineage and weighted
/// terms (the fingerprint before idf). Lets benchmarks/stories/replica.py replay the clustering offline.
/// </summary>
internal sealed class TermsWriter(TextWriter writer)
{
    public void Write(Article article)
    {
        var record = new TermsRecord(
            article.Id,
            article.Language,
            article.Published?.ToString("o", CultureInfo.InvariantCulture),
            article.DuplicateOf,
            article.Fingerprint is { } f ? [.. f.Terms.Select(t => new TermWeight(t.Term, t.Weight))] : []);
        writer.Write(JsonSerializer.Serialize(record, CliIo.Json));
        writer.Write('\n');
    }

    private sealed record TermsRecord(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("lang")] string Lang,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("duplicate_of")] string? DuplicateOf,
        [property: JsonPropertyName("terms")] IReadOnlyList<TermWeight> Terms);

    private sealed record TermWeight(
        [property: JsonPropertyName("term")] string Term,
        [property: JsonPropertyName("weight")] float Weight);
}
