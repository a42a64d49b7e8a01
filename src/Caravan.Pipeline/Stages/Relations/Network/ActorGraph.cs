namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>An actor in the network: its canonical name, type, how often it is mentioned and quoted.</summary>
public sealed record ActorNode(string Id, string Name, string Type, int Mentions, int Quotes);

/// <summary>A typed relation between two actors, weighted by its number of independent sources.</summary>
public sealed record ActorEdge(string Source, string Target, string Code, string Label, int Weight,
    ImmutableArray<string> Documents, ImmutableArray<string> Evidence);

/// <summary>
/// The actor network of a corpus, a story (build it from that story's articles) or around one actor
/// (<see cref="Around"/>). Nodes and edges are sorted, so every export of one graph is byte-identical.
/// </summary>
public sealed class ActorGraph
{
    private ActorGraph(ImmutableArray<ActorNode> nodes, ImmutableArray<ActorEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public ImmutableArray<ActorNode> Nodes { get; }

    public ImmutableArray<ActorEdge> Edges { get; }

    /// <summary>
    /// Builds the graph of the actors taking part in <paramref name="relations"/>. Quote counts come
    /// from <paramref name="articles"/> when given (speaker keys linked to actors by the mentions).
    /// Actors missing from <paramref name="actors"/> appear under their id.
    /// </summary>
    public static ActorGraph Build(IEnumerable<Actor> actors, IEnumerable<Relation> relations, IEnumerable<Article>? articles = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(relations);
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in actors)
        {
            byId.TryAdd(a.Id, a);
        }

        var quotes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles ?? [])
        {
            foreach (var q in article.Quotes.IsDefault ? [] : article.Quotes)
            {
                var id = article.Mentions.FirstOrDefault(m => string.Equals(m.Key, q.SpeakerKey, StringComparison.Ordinal))?.ActorId;
                if (id is not null)
                {
                    quotes[id] = quotes.GetValueOrDefault(id) + 1;
                }
            }
        }

        var edges = relations
            .Select(r => new ActorEdge(r.SourceActorId, r.TargetActorId, r.Code, r.Label, r.IndependentSources, r.Documents, r.Evidence))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        var nodes = edges.SelectMany(e => new[] { e.Source, e.Target })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => byId.TryGetValue(id, out var a)
                ? new ActorNode(id, a.Name, a.Type.ToTag(), a.Mentions, quotes.GetValueOrDefault(id))
                : new ActorNode(id, id, "MISC", 0, quotes.GetValueOrDefault(id)))
            .ToImmutableArray();
        return new ActorGraph(nodes, edges);
    }

    /// <summary>The network of one story: the relations aggregated over that story's articles only.</summary>
    public static ActorGraph ForStory(string storyId, IReadOnlyList<Article> articles, IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var inStory = articles.Where(a => string.Equals(a.StoryId, storyId, StringComparison.Ordinal)).ToList();
        return Build(actors, RelationAggregator.Aggregate(inStory), inStory);
    }

    /// <summary>The actor, its direct neighbours and the edges among them.</summary>
    public ActorGraph Around(string actorId)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal) { actorId };
        foreach (var e in Edges)
        {
            if (e.Source == actorId || e.Target == actorId)
            {
                keep.Add(e.Source);
                keep.Add(e.Target);
            }
        }

        return new ActorGraph(
            [.. Nodes.Where(n => keep.Contains(n.Id))],
            [.. Edges.Where(e => keep.Contains(e.Source) && keep.Contains(e.Target))]);
    }

    /// <summary>Edges merged over codes: one undirected weight per pair, for layout.</summary>
    internal IEnumerable<(int A, int B, double Weight)> Links()
    {
        var index = Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return Edges
            .GroupBy(e => (Math.Min(index[e.Source], index[e.Target]), Math.Max(index[e.Source], index[e.Target])))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key.Item1, g.Key.Item2, (double)g.Sum(e => e.Weight)));
    }
}
