namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Links mentions to corpus-wide actors (sets <see cref="Mention.ActorId"/>), merging spellings,
/// scripts, translations and inflections: Tokajew = Tokayev = Токаев, Kasachstan = Kazahstanului.
/// Within an article full names are resolved before lone surnames, so "Blinken" finds "Antony
/// Blinken" wherever in the text the full name stands; an acronym the article defines or spells out ("Technische
/// Hilfswerk (THW)"), a name cut from another's first letters ("Нацбанк") and a name one word shorter than another of
/// the article stand for that name's actor (<see cref="AcronymLinks"/>); organisations and places also meet their
/// translations whose words are their cognates (<see cref="EntityKeys.Cognate"/>). Ids derive from the first key an actor was
/// seen with; <see cref="ICorpusSession.Restore"/> replays an article exactly as processing did,
/// so a resumed run has the same table and gives the same ids.
/// </summary>
public sealed class ActorLinkingStage : ICorpusStage
{
    private readonly EntityKeys _keys;

    public ActorLinkingStage(EntityKeys keys)
    {
        _keys = keys;
    }

    public StageInfo Info { get; } = new("actors", 1, ArticleFeatures.Mentions, ArticleFeatures.Actors);

    public ICorpusSession Open() => new Session(_keys);

    private sealed class Session(EntityKeys keys) : ICorpusSession
    {
        private readonly ActorTable _table = new();

        public Article Process(Article article, CancellationToken cancellationToken)
        {
            var mentions = article.Mentions;
            var entries = new ActorEntry?[mentions.Length];
            var document = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
            var acronyms = AcronymLinks.Find(article.Text, mentions);
            var names = new List<(string[] Words, EntityType Type, ActorEntry Entry)>();
            foreach (var i in Enumerable.Range(0, mentions.Length).OrderBy(i => Rank(mentions[i], acronyms)))
            {
                var m = mentions[i];
                var key = m.Key;
                var uninflected = keys.Uninflected(m.Surface, article.Language).Distinct(StringComparer.Ordinal).ToList();

                // A span opened by a description ("palabras de Gates", "portul Constanța") joins a known actor by the name
                // inside it; it founds no actor under that name (the description may hide another kind of thing), but,
                // when that name is unknown, one under its whole surface, as before.
                var ownSurface = EntityKeys.OpensWithDescription(m.Surface, article.Language)
                    && _table.Known(key) is null && !uninflected.Any(u => _table.Known(u) is not null);
                if (ownSurface)
                {
                    key = keys.Key(m.Surface, article.Language, keepDescription: true);
                    uninflected = keys.Uninflected(m.Surface, article.Language, keepDescription: true).Distinct(StringComparer.Ordinal).ToList();
                }

                // Organisations and places also meet their translations by their words' cognates ("National Bank of Kazakhstan");
                // not MISC, whose compounds share their first letters with unrelated ones ("US-Truppen", "US-Truppenerhöhung").
                if (!ownSurface && m.Type is EntityType.Org or EntityType.Loc && keys.Cognate(m.Surface, article.Language) is { } cognate)
                {
                    uninflected.Add(cognate);
                }

                // Only names that are no person are matched by their stems in the article (Standing).
                var words = m.Type == EntityType.Per ? [] : keys.Stemmed(m.Surface, article.Language, ownSurface).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var entry = _table.Resolve(key, m.Type, uninflected, document, () => Standing(m, i, words, acronyms, entries, names));
                entries[i] = entry;
                if (entry is not null && m.Type != EntityType.Per && words.Length > 1)
                {
                    names.Add((words, m.Type, entry));
                }
            }

            return article with { Mentions = [.. mentions.Select((m, i) => m with { ActorId = entries[i]?.Id })] };
        }

        /// <summary>
        /// The actor a name with no actor of its own yet stands for in this article: for an acronym, the name it was
        /// defined or spelled out as; for a defined name, the actor its acronym already is; for a name of two words or
        /// more, the one other name of its type in the article that is its stems and one word more, or the other way round
        /// ("Национального банка" after "Национальный банк Казахстана").
        /// </summary>
        private ActorEntry? Standing(Mention m, int index, string[] words, Dictionary<string, int> acronyms, ActorEntry?[] entries,
            List<(string[] Words, EntityType Type, ActorEntry Entry)> names)
        {
            if (acronyms.TryGetValue(m.Key, out var named))
            {
                return entries[named];
            }

            foreach (var (acronym, at) in acronyms)
            {
                if (at == index && _table.Known(acronym) is { } defined)
                {
                    return defined;
                }
            }

            if (words.Length < 2 || m.Type == EntityType.Per)
            {
                return null;
            }

            var matches = names.Where(n => n.Type == m.Type && (Begins(n.Words, words) || Begins(words, n.Words)))
                .Select(n => n.Entry).Distinct().Take(2).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        // One word more, no further: "Asia Centrală la Astana" is a span run on past the name, not a longer form of "Asia Centrală".
        private static bool Begins(string[] longer, string[] prefix) =>
            longer.Length == prefix.Length + 1 && longer.AsSpan(0, prefix.Length).SequenceEqual(prefix);

        public void Restore(Article article) => Process(article, CancellationToken.None);

        // Full personal names first, then other names, then lone surnames, then acronyms the article spells out (stable within each rank).
        private static int Rank(Mention m, Dictionary<string, int> acronyms) =>
            acronyms.ContainsKey(m.Key) ? 3
            : m.Type != EntityType.Per || m.Key.StartsWith('@') ? 1 : m.Key.Contains(' ', StringComparison.Ordinal) ? 0 : 2;
    }
}
