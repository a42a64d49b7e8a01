using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Grains;

/// <summary>
/// The corpus owner's ledger of one epoch: which content is stored or admitted, the ids handed out, and
/// the open tickets. Tickets are given in admission order and leave the book strictly in that order
/// (<see cref="TakeReady"/>), whatever order their processed articles arrive in. Not thread-safe: the
/// grain calls it from its single-threaded turns.
/// </summary>
internal sealed class AdmissionBook(IEnumerable<string> storedHashes, IReadOnlyDictionary<string, string> storedIds)
{
    private readonly HashSet<string> _stored = new(storedHashes, StringComparer.Ordinal);
    private readonly UniqueIds _ids = new(storedIds);
    private readonly Dictionary<string, long> _pending = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, Ticket> _open = [];
    private long _next;

    public Guid Epoch { get; } = Guid.NewGuid();

    public int Open => _open.Count;

    public Admission Admit(IReadOnlyList<RawDocument> documents, DateTimeOffset now)
    {
        var alreadyStored = 0;
        var duplicates = 0;
        var fresh = new List<(int Position, RawDocument Document)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pendingTickets = new HashSet<long>();
        var inFlight = 0;
        for (var position = 0; position < documents.Count; position++)
        {
            var document = documents[position];
            if (_stored.Contains(document.ContentHash))
            {
                alreadyStored++;
            }
            else if (!seen.Add(document.ContentHash))
            {
                duplicates++;
            }
            else if (_pending.TryGetValue(document.ContentHash, out var ticket))
            {
                pendingTickets.Add(ticket);
                inFlight++;
            }
            else
            {
                fresh.Add((position, document));
            }
        }

        if (fresh.Count == 0 && pendingTickets.Count == 1 && _open[pendingTickets.Single()] is var again
            && again.Documents.Length == seen.Count)
        {
            // The same batch offered again (its worker died): same ticket, same ids.
            return again.Admission with { AlreadyStored = alreadyStored, Duplicates = duplicates };
        }

        // Content admitted by another batch still in flight counts as a duplicate input here.
        duplicates += inFlight;
        if (fresh.Count == 0)
        {
            return new Admission(Epoch, _next, [], alreadyStored, duplicates);
        }

        var number = _next++;
        var admitted = fresh.Select(f => f.Document with { Id = _ids.Assign(f.Document) }).ToImmutableArray();
        foreach (var document in admitted)
        {
            _pending[document.ContentHash] = number;
        }

        var admission = new Admission(Epoch, number, [.. fresh.Select((f, i) => new AdmittedDocument(f.Position, admitted[i].Id))], alreadyStored, duplicates);
        _open[number] = new Ticket(admission, admitted, now);
        return admission;
    }

    /// <summary>Records the processed articles of a ticket; false when the ticket is not open (stale).</summary>
    public bool TryArrive(ProcessedBatch batch, out Task<BatchReport> done)
    {
        done = Task.FromResult(BatchReport.StaleAdmission);
        if (batch.Epoch != Epoch || !_open.TryGetValue(batch.Ticket, out var ticket))
        {
            return false;
        }

        done = ticket.Done.Task;
        if (ticket.Processed is null)
        {
            ticket.Processed = batch.Articles;
            ticket.Problems = batch.Problems;
            ticket.Worker = batch.Worker;
        }

        return true;
    }

    /// <summary>The lowest open tickets whose articles have arrived, in ticket order, taken out of the book.</summary>
    public IEnumerable<Ticket> TakeReady()
    {
        while (_open.Count > 0 && _open.First() is { Value.Processed: not null } first)
        {
            _open.Remove(first.Key);
            yield return first.Value;
        }
    }

    /// <summary>Marks a taken ticket stored: its stored content is known from now on, the rest may be offered again.</summary>
    public void Stored(Ticket ticket, IReadOnlyList<Article> stored, IEnumerable<string> problems)
    {
        foreach (var document in ticket.Documents)
        {
            _pending.Remove(document.ContentHash);
        }

        _stored.UnionWith(stored.Select(a => a.ContentHash));
        ticket.Done.TrySetResult(new BatchReport(stored.Count, [.. ticket.Problems, .. problems], Stale: false, ticket.Worker));
    }

    /// <summary>
    /// Gives up the lowest open ticket when nothing arrived for it within <paramref name="lease"/> (its
    /// caller died): later tickets go on; the batch, offered again, gets a new ticket.
    /// </summary>
    public bool ExpireOldest(TimeSpan lease, DateTimeOffset now)
    {
        if (_open.Count == 0 || _open.First() is not { Value: { Processed: null } oldest } || now - oldest.Admitted < lease)
        {
            return false;
        }

        _open.Remove(oldest.Admission.Ticket);
        foreach (var document in oldest.Documents)
        {
            _pending.Remove(document.ContentHash);
        }

        oldest.Done.TrySetResult(BatchReport.StaleAdmission);
        return true;
    }

    /// <summary>Fails every open ticket (the store refused a write): callers offer their batches again.</summary>
    public void FailAll(Exception error)
    {
        foreach (var ticket in _open.Values)
        {
            ticket.Done.TrySetException(error);
        }

        _open.Clear();
        _pending.Clear();
    }

    internal sealed class Ticket(Admission admission, ImmutableArray<RawDocument> documents, DateTimeOffset admitted)
    {
        public Admission Admission { get; } = admission;

        /// <summary>The admitted documents under their ids, kept for the store transaction.</summary>
        public ImmutableArray<RawDocument> Documents { get; } = documents;

        public DateTimeOffset Admitted { get; } = admitted;

        public ImmutableArray<Article>? Processed { get; set; }

        public ImmutableArray<string> Problems { get; set; } = [];

        public string Worker { get; set; } = "";

        public TaskCompletionSource<BatchReport> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
