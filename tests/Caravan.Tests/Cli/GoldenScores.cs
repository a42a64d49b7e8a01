using System.Text.Json;
using Caravan.Pipeline.Output;

namespace Caravan.Tests.Cli;

/// <summary>
/// Scores an `analyze --json` document against tolerant expectations (samples/expected.json):
/// story pairwise F1, wire copies found, actor variants merged, false merges, quote recall and
/// speaker accuracy, relation recall. Names match an expected actor through any of its variants.
/// </summary>
public sealed class GoldenScores
{
    private readonly JsonElement _expected;
    private readonly JsonElement _actual;
    private readonly List<(string Name, HashSet<string> Variants)> _actors;

    public GoldenScores(JsonElement expected, JsonElement actual)
    {
        _expected = expected;
        _actual = actual;
        _actors = [.. expected.GetProperty("actors").EnumerateArray().Select(a => (
            a.GetProperty("name").GetString()!,
            a.GetProperty("variants").EnumerateArray().Select(v => CorpusQueries.Fold(v.GetString()!)).ToHashSet(StringComparer.Ordinal)))];
    }

    public double StoryF1()
    {
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var story in _expected.GetProperty("stories").EnumerateArray())
        {
            foreach (var doc in story.GetProperty("documents").EnumerateArray())
            {
                gold[doc.GetString()!] = i;
            }

            i++;
        }

        var predicted = _actual.GetProperty("documents").EnumerateArray()
            .Where(d => gold.ContainsKey(d.GetProperty("id").GetString()!))
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("story").GetString() ?? d.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var ids = predicted.Keys.Order(StringComparer.Ordinal).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var a = 0; a < ids.Count; a++)
        {
            for (var b = a + 1; b < ids.Count; b++)
            {
                var same = gold[ids[a]] == gold[ids[b]];
                var together = string.Equals(predicted[ids[a]], predicted[ids[b]], StringComparison.Ordinal);
                tp += same && together ? 1 : 0;
                fp += !same && together ? 1 : 0;
                fn += same && !together ? 1 : 0;
            }
        }

        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    public double DuplicatesFound()
    {
        var duplicateOf = _actual.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("duplicate_of").GetString(), StringComparer.Ordinal);
        var pairs = _expected.GetProperty("duplicates").EnumerateArray().ToList();
        return pairs.Count(p => string.Equals(duplicateOf.GetValueOrDefault(p[0].GetString()!), p[1].GetString(), StringComparison.Ordinal)) / (double)pairs.Count;
    }

    /// <summary>Share of expected actors whose seen variants all sit in one entity.</summary>
    public double ActorsMerged()
    {
        var merged = 0;
        var seen = 0;
        foreach (var (_, variants) in _actors)
        {
            var entities = Entities().Where(e => e.Variants.Overlaps(variants)).ToList();
            if (entities.Count == 0)
            {
                continue;
            }

            seen++;
            merged += entities.Count == 1 ? 1 : 0;
        }

        return seen == 0 ? 0 : merged / (double)seen;
    }

    /// <summary>Entities whose variants belong to two different expected people.</summary>
    public int FalseMerges() => Entities().Count(e =>
        _actors.Count(a => a.Variants.Overlaps(e.Variants) && a.Variants.Intersect(e.Variants).Any(v => v.Contains(' ', StringComparison.Ordinal))) > 1);

    public (double Recall, double SpeakerAccuracy) Quotes()
    {
        var actual = _actual.GetProperty("quotes").EnumerateArray().ToList();
        int found = 0, attributed = 0, right = 0, total = 0;
        foreach (var expected in _expected.GetProperty("quotes").EnumerateArray())
        {
            total++;
            var doc = expected.GetProperty("doc").GetString();
            var contains = expected.GetProperty("contains").GetString()!;
            var match = actual.FirstOrDefault(q => string.Equals(q.GetProperty("doc").GetString(), doc, StringComparison.Ordinal)
                && q.GetProperty("quote").GetString()!.Contains(contains, StringComparison.Ordinal));
            if (match.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            found++;
            var expectedSpeaker = expected.GetProperty("speaker").GetString();
            var actualSpeaker = match.GetProperty("speaker").GetString();
            attributed++;
            right += expectedSpeaker is null ? (actualSpeaker is null ? 1 : 0) : (actualSpeaker is not null && SameActor(expectedSpeaker, actualSpeaker) ? 1 : 0);
        }

        return (found / (double)total, attributed == 0 ? 0 : right / (double)attributed);
    }

    public double RelationRecall()
    {
        var actual = _actual.GetProperty("relations").EnumerateArray().ToList();
        var expected = _expected.GetProperty("relations").EnumerateArray().ToList();
        return expected.Count(e => actual.Any(a =>
            string.Equals(a.GetProperty("type").GetString(), e.GetProperty("type").GetString(), StringComparison.Ordinal)
            && SameActor(e.GetProperty("source").GetString()!, a.GetProperty("source").GetString()!)
            && SameActor(e.GetProperty("target").GetString()!, a.GetProperty("target").GetString()!))) / (double)expected.Count;
    }

    private bool SameActor(string expectedName, string actualName)
    {
        var actual = CorpusQueries.Fold(actualName);
        var entry = _actors.FirstOrDefault(a => string.Equals(a.Name, expectedName, StringComparison.Ordinal));
        return string.Equals(CorpusQueries.Fold(expectedName), actual, StringComparison.Ordinal)
            || (entry.Variants?.Contains(actual) ?? false)
            || Entities().Any(e => e.Variants.Contains(actual) && e.Variants.Contains(CorpusQueries.Fold(expectedName)));
    }

    private IEnumerable<(string Name, HashSet<string> Variants)> Entities() =>
        _actual.GetProperty("entities").EnumerateArray().Select(e => (
            e.GetProperty("name").GetString()!,
            e.GetProperty("variants").EnumerateArray().Select(v => CorpusQueries.Fold(v.GetString()!))
                .Append(CorpusQueries.Fold(e.GetProperty("name").GetString()!)).ToHashSet(StringComparer.Ordinal)));
}
