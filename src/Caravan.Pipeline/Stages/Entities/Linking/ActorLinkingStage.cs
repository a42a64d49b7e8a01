namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Links mentions to corpus-wide actors (sets <see cref="Mention.ActorId"/>), merging spellings,
/// scripts, translations and inflections: Tokajew = Tokayev = Токаев, Kasachstan = Kazahstanului.
/// Within an article full names are resolved before lone surnames, so "Blinken" finds "Antony
/// Blinken" wherever in the text the full name stands. Ids derive from the first key an actor was
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
            var ids = new string?[mentions.Length];
            var document = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
            foreach (var i in Enumerable.Range(0, mentions.Length).OrderBy(i => Rank(mentions[i])))
            {
                var m = mentions[i];
                var uninflected = keys.Uninflected(m.Surface, article.Language).Distinct(StringComparer.Ordinal).ToList();
                ids[i] = _table.Resolve(m.Key, m.Type, uninflected, document)?.Id;
            }

            return article with { Mentions = [.. mentions.Select((m, i) => m with { ActorId = ids[i] })] };
        }

        public void Restore(Article article) => Process(article, CancellationToken.None);

        // Full personal names first, then other names, then lone surnames (stable within each rank).
        private static int Rank(Mention m) =>
            m.Type != EntityType.Per || m.Key.StartsWith('@') ? 1 : m.Key.Contains(' ', StringComparison.Ordinal) ? 0 : 2;
    }
}
