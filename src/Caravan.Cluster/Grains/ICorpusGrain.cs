using Caravan.Core.Storage;

namespace Caravan.Cluster.Grains;

/// <summary>
/// The owner of one corpus (key: the corpus name): the only writer of its store and the only holder of
/// its corpus state (actor table, wire-copy signatures, stories). Being one grain, two nodes can never
/// create the same story or actor twice. Batches are admitted (deduplicated by content hash, given ids
/// and a ticket) in the order they are offered, processed anywhere, and committed strictly in ticket
/// order, so the corpus stages see exactly the sequence a single embedded run would.
/// </summary>
public interface ICorpusGrain : IGrainWithStringKey
{
    /// <summary>The current epoch; it changes whenever the owner is activated anew (after a node died).</summary>
    Task<Guid> Epoch();

    /// <summary>
    /// Offers raw documents in input order. Refused (see <see cref="Admission.Rejected"/>) when the epoch
    /// is not <paramref name="expectedEpoch"/>, so a caller re-offers its unacknowledged batches in order.
    /// Offering a batch whose new documents are already admitted returns that admission again.
    /// </summary>
    Task<Admission> Admit(Guid expectedEpoch, ImmutableArray<RawDocument> documents);

    /// <summary>
    /// Hands in the processed articles of an admission; completes once they are in the store (after every
    /// earlier ticket), or at once with <see cref="BatchReport.Stale"/> when the admission is unknown.
    /// </summary>
    Task<BatchReport> Commit(ProcessedBatch batch);

    /// <summary>
    /// Rebuilds the corpus picture (stories, actors, relations) from the stored articles. It reads the whole
    /// corpus, so it may take minutes on a large store: its calls wait longer than the cluster's usual
    /// response timeout.
    /// </summary>
    [ResponseTimeout("00:15:00")]
    Task<CorpusCounts> Aggregate();

    /// <summary>Ids of stored articles that start with <paramref name="prefix"/> (feed pages: "url-").</summary>
    Task<ImmutableArray<string>> StoredIds(string prefix);

    Task<FetchState?> GetFetchState(string url);

    /// <summary>Saved only after what the fetch brought is committed (see <see cref="IFetchStateStore"/>).</summary>
    Task SaveFetchStates(ImmutableArray<FetchState> states);
}
