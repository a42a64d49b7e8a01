using System.Globalization;
using Caravan.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Caravan.Search.Querying;

/// <summary>
/// The actor table as the index holds it: folded variant keys to actor ids, and actor ids to
/// canonical names. Built once per index reader (immutable, thread-safe).
/// </summary>
internal sealed class ActorDirectory
{
    private readonly Dictionary<string, string[]> _byKey;
    private readonly Dictionary<string, string> _names;

    private ActorDirectory(Dictionary<string, string[]> byKey, Dictionary<string, string> names)
    {
        _byKey = byKey;
        _names = names;
    }

    public static ActorDirectory Load(IndexSearcher searcher)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = searcher.IndexReader;
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.ActorType)), Math.Max(1, reader.MaxDoc));
        foreach (var hit in hits.ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var id = document.Get(IndexFields.Id, CultureInfo.InvariantCulture);
            names[id] = document.Get(IndexFields.ActorName, CultureInfo.InvariantCulture) ?? id;
            foreach (var key in document.GetValues(IndexFields.ActorKey, CultureInfo.InvariantCulture))
            {
                if (!byKey.TryGetValue(key, out var ids))
                {
                    byKey[key] = ids = [];
                }

                ids.Add(id);
            }
        }

        // Sorted ids: the same query expands to the same clauses in the same order (determinism).
        return new ActorDirectory(
            byKey.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            names);
    }

    public int Count => _names.Count;

    /// <summary>Actors whose folded variant (or last word of one) equals the folded <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        var key = NameFolding.Fold(text);
        return key.Length > 0 && _byKey.TryGetValue(key, out var ids) ? ids : [];
    }

    /// <summary>The actor with this id, or those with this name or variant.</summary>
    public IReadOnlyList<string> Resolve(string idOrName) =>
        _names.ContainsKey(idOrName) ? [idOrName] : Find(idOrName);

    public string NameOf(string id) => _names.TryGetValue(id, out var name) ? name : id;
}
