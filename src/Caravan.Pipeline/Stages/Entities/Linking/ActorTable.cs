namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// The actor table of one linking session: actors indexed by exact key, by surname (people) and by
/// uninflected alias. Resolution rules, in order: same key; for a full personal name, an actor with
/// the same surname and a compatible given name (<see cref="NameMatch"/>), preferring one already
/// named in the document; for a lone surname, the person of that surname in this document, then the
/// most mentioned one in the corpus; then uninflected forms; then the one person of the document whose given name
/// it is. Otherwise a new actor. Not thread-safe.
/// </summary>
internal sealed class ActorTable
{
    private readonly Dictionary<string, ActorEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorEntry>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>
    /// Resolves one mention; <paramref name="document"/> maps surnames to the people named in the current article;
    /// <paramref name="standing"/> gives the actor a name that is no person stands for in the article (an acronym's
    /// name), asked only when the name has no actor of its own yet.
    /// </summary>
    public ActorEntry? Resolve(string key, EntityType type, IReadOnlyList<string> uninflected, Dictionary<string, ActorEntry> document,
        Func<ActorEntry?>? standing = null)
    {
        if (key.Length == 0)
        {
            return null;
        }

        // A lone word the tagger typed ORG/LOC/MISC but that is the surname of a person named in this
        // article is that person (taggers confuse types far more often than articles reuse a surname).
        var entry = type == EntityType.Per && key[0] != '@'
            ? ResolvePerson(key, uninflected, document)
            : Find(key, uninflected, document) ?? standing?.Invoke() ?? Create(key, key[0] == '@' ? EntityType.Loc : type, "", key);
        Register(entry, key, uninflected);
        entry.Mentions++;
        return entry;
    }

    /// <summary>The actor a key names, if any.</summary>
    public ActorEntry? Known(string key) => Lookup(_byKey, key);

    private ActorEntry ResolvePerson(string key, IReadOnlyList<string> uninflected, Dictionary<string, ActorEntry> document)
    {
        var space = key.LastIndexOf(' ');
        var surname = key[(space + 1)..];
        var given = space < 0 ? "" : key[..space];
        ActorEntry? entry;
        if (given.Length > 0)
        {
            entry = Lookup(_byKey, key) ?? BestBySurname(surname, given, document);
            if (entry is not null && entry.Given.Length == 0)
            {
                entry.Given = given; // a lone surname seen first now has its full name
            }
        }
        else
        {
            entry = Lookup(document, surname) ?? Lookup(_byKey, key) ?? BestBySurname(surname, "", document);
            foreach (var variant in uninflected)
            {
                entry ??= Lookup(document, variant) ?? Lookup(_byKey, variant) ?? BestBySurname(variant, "", document);
            }

            entry ??= Lookup(_aliases, key) ?? ByGivenName(key, document);
        }

        entry ??= Create(key, EntityType.Per, given, surname);
        document[surname] = entry;
        return entry;
    }

    /// <summary>
    /// A lone word that is no one's surname but the given name of the one person named in full in this article
    /// ("Nexora" after "Nexora Semiconductors", which the tagger took for a person; "Hunter" after "Hunter Biden").
    /// </summary>
    private static ActorEntry? ByGivenName(string word, Dictionary<string, ActorEntry> document)
    {
        var people = document.Values.Where(e => string.Equals(e.Given, word, StringComparison.Ordinal)).Distinct().Take(2).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    private ActorEntry? BestBySurname(string surname, string given, Dictionary<string, ActorEntry> document)
    {
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            return null;
        }

        if (document.TryGetValue(surname, out var local) && NameMatch.Compatible(given, local.Given))
        {
            return local;
        }

        ActorEntry? best = null;
        foreach (var person in people)
        {
            if (NameMatch.Compatible(given, person.Given) && (best is null || person.Mentions > best.Mentions))
            {
                best = person;
            }
        }

        return best;
    }

    private ActorEntry? Find(string key, IReadOnlyList<string> uninflected, Dictionary<string, ActorEntry> document)
    {
        var space = key.LastIndexOf(' ');
        var entry = space < 0 ? Lookup(document, key) : null;
        entry ??= Lookup(_byKey, key);
        if (entry is null && space > 0 && key[0] != '@')
        {
            // "Kassym-Schomart Tokajew" typed LOC: a full name whose given name and surname both match a person.
            entry = BestBySurname(key[(space + 1)..], key[..space], document) is { Given.Length: > 0 } person ? person : null;
        }

        foreach (var variant in uninflected)
        {
            entry ??= Lookup(_byKey, variant);
        }

        entry ??= Lookup(_aliases, key);
        foreach (var variant in uninflected)
        {
            // Two inflected forms meet at their stem ("Каспийского трубопроводного консорциума", "Каспийский трубопроводный консорциум").
            entry ??= Lookup(_aliases, variant);
        }

        return entry;
    }

    private ActorEntry Create(string key, EntityType type, string given, string surname)
    {
        // Deterministic id from the first key: the same stream always gives the same ids.
        var stem = type.ToTag().ToLowerInvariant() + ":" + key.Replace(' ', '-');
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = FormattableString.Invariant($"{stem}~{n}");
        }

        var entry = new ActorEntry(id, type) { Given = given, Surname = surname };
        if (type == EntityType.Per)
        {
            if (!_bySurname.TryGetValue(surname, out var list))
            {
                _bySurname[surname] = list = [];
            }

            list.Add(entry);
        }

        return entry;
    }

    private void Register(ActorEntry entry, string key, IReadOnlyList<string> uninflected)
    {
        _byKey.TryAdd(key, entry);
        foreach (var variant in uninflected)
        {
            _aliases.TryAdd(variant, entry);
        }
    }

    private static ActorEntry? Lookup(Dictionary<string, ActorEntry> map, string key) =>
        map.TryGetValue(key, out var entry) ? entry : null;
}

/// <summary>One actor while linking: its id, type, name parts and how often it was mentioned.</summary>
internal sealed class ActorEntry(string id, EntityType type)
{
    public string Id { get; } = id;

    public EntityType Type { get; } = type;

    public string Given { get; set; } = "";

    public string Surname { get; set; } = "";

    public int Mentions { get; set; }
}
