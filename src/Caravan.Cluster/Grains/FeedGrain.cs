using Caravan.Cluster.Hosting;
using Caravan.Cluster.Ingestion;
using Caravan.Pipeline.Ingestion.Feeds;
using Caravan.Pipeline.Ingestion.Http;

namespace Caravan.Cluster.Grains;

/// <summary>
/// A watched feed (see <see cref="IFeedGrain"/>). The reminder's name carries the corpus ("poll:NAME"),
/// so a feed resumes after any node restart with nothing else stored. A pass goes through the same
/// ordered ingestion as the CLI, and the feed's validators are saved only once its pages are stored.
/// </summary>
public sealed class FeedGrain(NodeServices services) : Grain, IFeedGrain, IRemindable
{
    private const string ReminderPrefix = "poll:";
    private string _corpus = ClusterNames.DefaultCorpus;

    public async Task Watch(string corpus, TimeSpan interval)
    {
        await Unwatch().ConfigureAwait(true);
        _corpus = corpus;
        await this.RegisterOrUpdateReminder(ReminderPrefix + corpus, TimeSpan.Zero, interval).ConfigureAwait(true);
    }

    public async Task Unwatch()
    {
        foreach (var reminder in await this.GetReminders().ConfigureAwait(true))
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName.StartsWith(ReminderPrefix, StringComparison.Ordinal))
        {
            _corpus = reminderName[ReminderPrefix.Length..];
            return Poll();
        }

        return Task.CompletedTask;
    }

    public async Task<int> Poll()
    {
        var url = new Uri(this.GetPrimaryKeyString());
        var corpus = GrainFactory.GetGrain<ICorpusGrain>(_corpus);
        var known = await corpus.GetFetchState(url.AbsoluteUri).ConfigureAwait(true) is { } state
            ? new Dictionary<string, Core.Storage.FetchState>(StringComparer.Ordinal) { [state.Url] = state }
            : [];
        var stored = (await corpus.StoredIds("url-").ConfigureAwait(true)).ToHashSet(StringComparer.Ordinal);
        using var fetcher = new PoliteFetcher(services.Fetch);
        using var pass = new FeedWatcher(fetcher).Poll([url], known, stored.Contains, CancellationToken.None);
        var ingestor = new ClusterIngestor(GrainFactory, new ClusterIngestOptions { Corpus = _corpus });
        // The pass blocks while it fetches: run it off the grain scheduler.
        var report = await Task.Run(() => ingestor.IngestAsync(pass.Items, CancellationToken.None)).ConfigureAwait(true);
        await corpus.SaveFetchStates([.. pass.States]).ConfigureAwait(true);
        return report.Stored;
    }
}
