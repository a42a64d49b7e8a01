namespace Caravan.Web;

/// <summary>
/// Items (quotes, relations, actors) by the documents they touch, so that a story's share is found
/// without scanning the whole corpus on every request. Answers keep the items' original order and
/// list each item once. Immutable.
/// </summary>
internal sealed class ByDocument<T>
{
    private readonly ImmutableArray<T> _items;
    private readonly Dictionary<string, int[]> _positions;

    public ByDocument(ImmutableArray<T> items, Func<T, IEnumerable<string>> documents)
    {
        _items = items.IsDefault ? [] : items;
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _items.Length; i++)
        {
            foreach (var document in documents(_items[i]))
            {
                if (!positions.TryGetValue(document, out var list))
                {
                    positions[document] = list = [];
                }

                // An item naming a document twice is listed once.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        _positions = positions.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The items touching any of <paramref name="documentIds"/>, in their original order.</summary>
    public IEnumerable<T> Of(IEnumerable<string> documentIds)
    {
        var found = new SortedSet<int>();
        foreach (var id in documentIds)
        {
            if (_positions.TryGetValue(id, out var positions))
            {
                found.UnionWith(positions);
            }
        }

        return found.Select(i => _items[i]);
    }
}
