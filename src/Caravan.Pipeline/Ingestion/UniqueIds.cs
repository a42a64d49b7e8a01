namespace Caravan.Pipeline.Ingestion;

/// <summary>
/// Gives each new document an id no other content has in the store: the file-name id, or, when
/// another input already has it, the id with a hash suffix. Ids are handed out in processing order,
/// so the same inputs in the same order get the same ids (embedded runs and the cluster alike).
/// </summary>
public sealed class UniqueIds(IReadOnlyDictionary<string, string> stored)
{
    private readonly Dictionary<string, string> _owners = new(stored, StringComparer.Ordinal);

    /// <summary>The id <paramref name="raw"/> is stored under; reserved from now on.</summary>
    public string Assign(RawDocument raw)
    {
        var id = raw.Id;
        if (_owners.TryGetValue(id, out var owner) && !string.Equals(owner, raw.ContentHash, StringComparison.Ordinal))
        {
            id = $"{raw.Id}~{raw.ContentHash[..8]}";
        }

        _owners[id] = raw.ContentHash;
        return id;
    }
}
