namespace Caravan.Storage.Sqlite;

/// <summary>
/// One instance of each repeated string (entity keys, actor ids, surfaces, languages) among the articles of one
/// read. Reading a whole store materialises every article for aggregation; without pooling, 100,000 articles hold
/// millions of copies of a few thousand names (issue #8: analyze on 100k articles under 2 GB).
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (_strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _strings[value] = value;
        return value;
    }

    public string? GetOrNull(string? value) => value is null ? null : Get(value);

    /// <summary>The annotations with their repeated strings replaced by the pooled instances.</summary>
    public StoredAnnotations Pool(StoredAnnotations a) => a with
    {
        ParagraphLanguages = Map(a.ParagraphLanguages, l => l with { Language = Get(l.Language) }),
        Mentions = Map(a.Mentions, m => m with { Surface = Get(m.Surface), Key = Get(m.Key), ActorId = GetOrNull(m.ActorId) }),
        Quotes = Map(a.Quotes, q => q with
        {
            SpeakerSurface = GetOrNull(q.SpeakerSurface), SpeakerKey = GetOrNull(q.SpeakerKey), Language = GetOrNull(q.Language),
        }),
        Relations = Map(a.Relations, r => r with
        {
            SourceKey = Get(r.SourceKey), TargetKey = Get(r.TargetKey), Code = Get(r.Code), Label = Get(r.Label),
        }),
    };

    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> pooled) =>
        items.IsDefaultOrEmpty ? items : [.. items.Select(pooled)];
}
