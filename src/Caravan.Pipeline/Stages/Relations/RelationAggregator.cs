namespace Caravan.Pipeline.Stages.Relations;

/// <summary>
/// Merges the relations of processed articles into corpus-level <see cref="Relation"/>s, one per
/// (source actor, target actor, CAMEO root code), with their evidence sentences, documents and the
/// number of independent sources: an article that copies another (<see cref="Article.DuplicateOf"/>)
/// counts once with its original, so one wire story syndicated four times is one source, not four.
/// Deterministic: the result depends on the articles and their order only.
/// </summary>
public static class RelationAggregator
{
    public static ImmutableArray<Relation> Aggregate(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new Dictionary<(string, string, string), Group>();
        var order = new List<(string, string, string)>();
        foreach (var article in articles)
        {
            if (article.Relations.IsDefaultOrEmpty)
            {
                continue;
            }

            var actorOf = ActorIds(article);
            foreach (var r in article.Relations)
            {
                var source = actorOf.GetValueOrDefault(r.SourceKey, r.SourceKey);
                var target = actorOf.GetValueOrDefault(r.TargetKey, r.TargetKey);
                if (string.Equals(source, target, StringComparison.Ordinal))
                {
                    continue; // two names of one actor: not a relation
                }

                var key = (source, target, r.Code);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = new Group();
                    order.Add(key);
                }

                group.Labels[r.Label] = group.Labels.GetValueOrDefault(r.Label) + 1;
                if (group.DocumentSet.Add(article.Id))
                {
                    group.Documents.Add(article.Id);
                }

                group.Origins.Add(article.DuplicateOf ?? article.Id);
                var sentence = r.Evidence.IsValidFor(article.Text) ? r.Evidence.Slice(article.Text) : "";
                if (sentence.Length > 0 && group.EvidenceSet.Add(sentence))
                {
                    group.Evidence.Add(sentence);
                }
            }
        }

        return [.. order
            .Select(k => (Key: k, Group: groups[k]))
            .Select(x => new Relation(x.Key.Item1, x.Key.Item2, x.Key.Item3, x.Group.Label,
                [.. x.Group.Documents], [.. x.Group.Evidence], x.Group.Origins.Count))
            .OrderByDescending(r => r.IndependentSources)
            .ThenBy(r => r.SourceActorId, StringComparer.Ordinal)
            .ThenBy(r => r.TargetActorId, StringComparer.Ordinal)
            .ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>Mention key -> actor id, for the mentions the actor linker has linked.</summary>
    private static Dictionary<string, string> ActorIds(Article article)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in article.Mentions.IsDefault ? [] : article.Mentions)
        {
            if (m.ActorId is not null)
            {
                map.TryAdd(m.Key, m.ActorId);
            }
        }

        return map;
    }

    private sealed class Group
    {
        public Dictionary<string, int> Labels { get; } = new(StringComparer.Ordinal);

        public List<string> Documents { get; } = [];

        public HashSet<string> DocumentSet { get; } = new(StringComparer.Ordinal);

        public List<string> Evidence { get; } = [];

        public HashSet<string> EvidenceSet { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Origins { get; } = new(StringComparer.Ordinal);

        /// <summary>The most used label, ties broken by ordinal order.</summary>
        public string Label => Labels.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
    }
}
