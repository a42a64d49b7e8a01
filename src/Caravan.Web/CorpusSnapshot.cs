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
    private readonly Dictionary<string, StoryRecord> _stories;
    private readonly ByDocument<StoryRecord> _storiesByDocument;
    private readonly ByDocument<DocumentRecord> _documents;
    private readonly ByDocument<QuoteRecord> _quotes;
    private readonly ByDocument<Relation> _relations;
    private readonly ByDocument<Actor> _actors;
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
        // Look-ups by story and document: a story page must not cost a scan of the corpus.
        _stories = Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _storiesByDocument = new ByDocument<StoryRecord>(Stories, s => s.Documents);
        _documents = new ByDocument<DocumentRecord>(Document.Documents, d => [d.Id]);
        _quotes = new ByDocument<QuoteRecord>(Document.Quotes, q => [q.Doc]);
        _relations = new ByDocument<Relation>(corpus.Relations, r => r.Documents);
        _actors = new ByDocument<Actor>(corpus.Actors, a => a.Documents);
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

    public StoryRecord? Story(string id) => _stories.GetValueOrDefault(id);

    /// <summary>Stories holding any of the given documents, latest first.</summary>
    public IEnumerable<StoryRecord> StoriesOf(IEnumerable<string> documentIds) => _storiesByDocument.Of(documentIds);

    /// <summary>The CONTRACTS.md records of the given documents, in corpus order.</summary>
    public IEnumerable<DocumentRecord> DocumentsOf(IEnumerable<string> documentIds) => _documents.Of(documentIds);

    /// <summary>Quotes in any of the given documents, in corpus order.</summary>
    public IEnumerable<QuoteRecord> QuotesOf(IEnumerable<string> documentIds) => _quotes.Of(documentIds);

    /// <summary>Relations touching any of the given documents, with actor ids kept for links.</summary>
    public IEnumerable<Relation> RelationsOf(IEnumerable<string> documentIds) => _relations.Of(documentIds);

    /// <summary>Actors mentioned in any of the given documents, in corpus order.</summary>
    public IEnumerable<Actor> ActorsOf(IEnumerable<string> documentIds) => _actors.Of(documentIds);

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
