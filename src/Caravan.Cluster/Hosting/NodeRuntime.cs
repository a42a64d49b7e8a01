namespace Caravan.Cluster.Hosting;

/// <summary>
/// Process-wide runtime settings of a node, applied at the start of the process: the runtime reads them once,
/// when its thread pool starts.
/// </summary>
public static class NodeRuntime
{
    /// <summary>The thread pool's spin before an idle worker blocks (the runtime's default spins about 70 rounds).</summary>
    public const string SpinLimitSetting = "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit";

    /// <summary>
    /// Idle pool workers block at once instead of spinning. A node's pool threads go idle between messages many times
    /// a second, and nodes share their machine with other nodes and the store: the spinning took cores the stages
    /// needed (one node, 600 articles: 14.7 to 13.1 ms of CPU per article without it; docs/benchmarks/cluster.md).
    /// A value set in runtimeconfig.json or by DOTNET_ThreadPool_UnfairSemaphoreSpinLimit is left alone.
    /// </summary>
    public static void Configure()
    {
        if (AppContext.GetData(SpinLimitSetting) is null)
        {
            AppContext.SetData(SpinLimitSetting, 0);
        }
    }
}
