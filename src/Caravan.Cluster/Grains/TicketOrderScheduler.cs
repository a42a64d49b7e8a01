namespace Caravan.Cluster.Grains;

/// <summary>
/// A node's per-article work: one batch at a time, with every core on it, lowest ticket first. Batches run
/// side by side would each get a slice of the cores and all finish late and together, so the corpus owner
/// would wait idle and then commit in a burst while the workers wait; in ticket order the first batch is
/// done soonest and the owner commits it while the next one is processed. One instance per node.
/// </summary>
public sealed class TicketOrderScheduler(StageThreads threads)
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<TaskCompletionSource, (long Ticket, long Arrival)> _waiting = new();
    private long _arrivals;
    private bool _busy;

    /// <summary>Runs <paramref name="work"/> on the stage threads once every batch with a lower ticket that waits here has run.</summary>
    public async Task<T> RunAsync<T>(long ticket, Func<T> work)
    {
        TaskCompletionSource? turn = null;
        lock (_gate)
        {
            if (_busy)
            {
                turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Enqueue(turn, (ticket, _arrivals++));
            }
            else
            {
                _busy = true;
            }
        }

        if (turn is not null)
        {
            await turn.Task.ConfigureAwait(false);
        }

        try
        {
            return await Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, threads).ConfigureAwait(false);
        }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            if (_waiting.TryDequeue(out var next, out _))
            {
                next.SetResult();
            }
            else
            {
                _busy = false;
            }
        }
    }
}
