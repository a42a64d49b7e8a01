using Caravan.Pipeline.Output;
using Caravan.Pipeline.Stages.Quotes;
using Caravan.Pipeline.Stages.Relations.Network;

namespace Caravan.Web;

/// <summary>
/// One immutable picture of the store for the pages and the API: the corpus, its CONTRACTS.md
/// records and the look-ups the pages need. Replaced whole after an ingestion, so readers never
/// see a half-updated corpus.
/// </summary>
internal sealed class CorpusSnapshot
{
    private static long _versions;
    private readonly Lazy<ActorGraph> _graph;
    private readonly Lazy<string> _svg;

    public CorpusSnapshot(CorpusResult corpus)
    {
        Version = Interlocked.Increment(ref _versions);
        Corpus = corpus;
        Document = AnalysisDocumentBuilder.Build(corpus);
        Articles = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Actors = corpus.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Entities = Document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Stories = [.. Document.Stories
            .OrderByDescending(s => s.LastSeen ?? s.FirstSeen ?? "", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
        QuotesBySpeaker = SpeakerQuotes(corpus);
        Sites = SiteSummary.Of(corpus.Articles);
        _graph = new Lazy<ActorGraph>(() => ActorGraph.Build(corpus.Actors, corpus.Relations, corpus.Articles));
        // The layout is the costly part of /network: done once per snapshot.
        _svg = new Lazy<string>(() => ActorGraphSvg.RenderSvg(Graph, nodeHref: n => Actors.ContainsKey(n.Id) ? "/actors/" + Uri.EscapeDataString(n.Id) : null));
    }

    public static CorpusSnapshot Empty { get; } = new(new CorpusResult([], [], [], []));

    /// <summary>Unique per snapshot within the process: the key of whatever is cached for it.</summary>
    public long Version { get; }

    public CorpusResult Corpus { get; }

    /// <summary>The sites articles came from, most articles first.</summary>
    public ImmutableArray<SiteSummary> Sites { get; }

    public AnalysisDocument Document { get; }

    public IReadOnlyDictionary<string, Article> Articles { get; }

    public IReadOnlyDictionary<string, Actor> Actors { get; }

    public IReadOnlyDictionary<string, EntityRecord> Entities { get; }

    /// <summary>Stories, latest first.</summary>
    public ImmutableArray<StoryRecord> Stories { get; }

    /// <summary>Quotes by speaker actor id.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<QuoteRecord>> QuotesBySpeaker { get; }

    public ActorGraph Graph => _graph.Value;

    /// <summary>The network picture; nodes link to their actor pages.</summary>
    public string GraphSvg => _svg.Value;

    public StoryRecord? Story(string id) => CorpusQueries.FindStory(Document, id);

    public IEnumerable<QuoteRecord> QuotesOf(IEnumerable<string> documentIds)
    {
        var ids = documentIds.ToHashSet(StringComparer.Ordinal);
        return Document.Quotes.Where(q => ids.Contains(q.Doc));
    }

    /// <summary>Relations touching any of the given documents, with actor ids kept for links.</summary>
    public IEnumerable<Relation> RelationsOf(IEnumerable<string> documentIds)
    {
        var ids = documentIds.ToHashSet(StringComparer.Ordinal);
        return Corpus.Relations.Where(r => r.Documents.Any(ids.Contains));
    }

    public string ActorName(string id) => Actors.TryGetValue(id, out var a) ? a.Name : id;

    private static Dictionary<string, ImmutableArray<QuoteRecord>> SpeakerQuotes(CorpusResult corpus)
    {
        var names = corpus.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var bySpeaker = new Dictionary<string, List<QuoteRecord>>(StringComparer.Ordinal);
        foreach (var article in corpus.Articles)
        {
            var quotes = article.Quotes.IsDefault ? [] : article.Quotes;
            // QuoteRecord.Of yields one record per quotation, in the same order.
            foreach (var (quote, record) in quotes.Zip(QuoteRecord.Of(article, id => names.GetValueOrDefault(id))))
            {
                var actorId = quote.SpeakerKey is { } key
                    ? article.Mentions.Where(m => string.Equals(m.Key, key, StringComparison.Ordinal)).Select(m => m.ActorId).FirstOrDefault(a => a is not null)
                    : null;
                if (actorId is not null)
                {
                    if (!bySpeaker.TryGetValue(actorId, out var list))
                    {
                        bySpeaker[actorId] = list = [];
                    }

                    list.Add(record);
                }
            }
        }

        return bySpeaker.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }
}
