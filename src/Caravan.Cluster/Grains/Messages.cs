namespace Caravan.Cluster.Grains;

/// <summary>
/// The corpus owner's answer to a batch offered for ingestion: which of the offered documents it took (new
/// content) and the ids they will be stored under, the place of the batch in the commit order
/// (<see cref="Ticket"/> within <see cref="Epoch"/>, one epoch per activation of the owner), and what it left
/// out. The documents themselves do not travel back: the caller holds them (<see cref="DocumentsOf"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Admission(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Ticket,
    [property: Id(2)] ImmutableArray<AdmittedDocument> Admitted,
    [property: Id(3)] int AlreadyStored,
    [property: Id(4)] int Duplicates)
{
    /// <summary>Ticket of an offer refused because the owner restarted since the caller last looked.</summary>
    public const long RejectedTicket = -1;

    /// <summary>True when the owner's epoch was not the one the caller expected: nothing was admitted.</summary>
    public bool Rejected => Ticket == RejectedTicket;

    public static Admission Reject(Guid epoch) => new(epoch, RejectedTicket, [], 0, 0);

    /// <summary>The admitted documents of <paramref name="offered"/> (the batch this admission answered), under their ids.</summary>
    public ImmutableArray<RawDocument> DocumentsOf(ImmutableArray<RawDocument> offered) =>
        [.. Admitted.Select(a => offered[a.Position] with { Id = a.Id })];
}

/// <summary>One admitted document: its position in the offered batch and the id it will be stored under.</summary>
[GenerateSerializer, Immutable]
public readonly record struct AdmittedDocument([property: Id(0)] int Position, [property: Id(1)] string Id);

/// <summary>An admitted batch on its way to a worker: the documents under their ids, and the ticket they were admitted under.</summary>
[GenerateSerializer, Immutable]
public sealed record AdmittedBatch(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Ticket,
    [property: Id(2)] ImmutableArray<RawDocument> Documents);

/// <summary>
/// The processed articles of one admission, handed from a worker to the corpus owner. Immutable, so a
/// hand-off within one node passes the reference instead of a deep copy (Orleans copies call arguments
/// unless their type says otherwise; the document model's copier is a JSON round trip).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProcessedBatch(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Ticket,
    [property: Id(2)] ImmutableArray<Article> Articles,
    [property: Id(3)] ImmutableArray<string> Problems,
    [property: Id(4)] string Worker);

/// <summary>What became of an admitted batch once committed (or why it was not).</summary>
[GenerateSerializer, Immutable]
public sealed record BatchReport(
    [property: Id(0)] int Stored,
    [property: Id(1)] ImmutableArray<string> Problems,
    [property: Id(2)] bool Stale,
    [property: Id(3)] string Worker)
{
    /// <summary>The admission is unknown to the owner (it restarted, or the ticket's lease ran out): offer the batch again.</summary>
    public static BatchReport StaleAdmission { get; } = new(0, [], Stale: true, Worker: "");
}

/// <summary>
/// The store's totals after the corpus picture was rebuilt, and how long the owner has spent on its
/// sequential part (corpus stages and store transactions) since it was activated: the share of the work
/// that more nodes cannot spread.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CorpusCounts(
    [property: Id(0)] int RawDocuments,
    [property: Id(1)] int Articles,
    [property: Id(2)] int Stories,
    [property: Id(3)] int Actors,
    [property: Id(4)] int Relations,
    [property: Id(5)] TimeSpan OwnerBusy);
