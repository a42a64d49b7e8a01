using System.Text.Json;
using Caravan.Pipeline.Stages.Extraction;
using Caravan.Pipeline.Stages.Extraction.Html;

namespace Caravan.Tests.Stages.Extraction;

/// <summary>
/// Golden pages under tests/corpus/extraction/: each NAME.html has NAME.json with the expected
/// title, date, author, site, declared language and tolerant text expectations (mustContain /
/// mustNotContain), after trafilatura's tests/cache + evaldata.json.
/// </summary>
public sealed class ExtractionGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "extraction");
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_GoldenPage_MeetsExpectations(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name + ".html"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = expected.RootElement;
        var result = new HtmlArticleExtractor(clock: Clock).Extract(bytes, null, CancellationToken.None);
        var text = result.Text;

        foreach (var snippet in root.GetProperty("mustContain").EnumerateArray())
        {
            Assert.Contains(snippet.GetString()!, text, StringComparison.Ordinal);
        }

        foreach (var snippet in root.GetProperty("mustNotContain").EnumerateArray())
        {
            Assert.DoesNotContain(snippet.GetString()!, text, StringComparison.Ordinal);
        }

        Assert.Equal(root.GetProperty("title").GetString(), result.Metadata.Title);
        Assert.Equal(root.GetProperty("published").GetString(), result.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(root.GetProperty("language").GetString(), DeclaredLanguage.Normalize(result.Metadata.DeclaredLanguage));
        if (root.TryGetProperty("author", out var author))
        {
            Assert.Equal(author.GetString(), result.Metadata.Author);
        }

        if (root.TryGetProperty("site", out var site))
        {
            Assert.Equal(site.GetString(), result.Metadata.Site);
        }

        Assert.True(result.Metadata.Provenance.ContainsKey("published"), "the date records its provenance");
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
