namespace Caravan.Cluster.Grains;

/// <summary>One watched feed (key: its URL), polled on a reminder that survives node restarts.</summary>
public interface IFeedGrain : IGrainWithStringKey
{
    /// <summary>Polls now and then every <paramref name="interval"/> into <paramref name="corpus"/>.</summary>
    Task Watch(string corpus, TimeSpan interval);

    /// <summary>Stops polling.</summary>
    Task Unwatch();

    /// <summary>One pass: fetches the feed and its new pages and ingests them; returns the pages stored.</summary>
    Task<int> Poll();
}
