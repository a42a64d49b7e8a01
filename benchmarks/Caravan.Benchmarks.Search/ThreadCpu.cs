using System.Runtime.InteropServices;

namespace Caravan.Benchmarks.Search;

/// <summary>CPU time of the calling thread (Linux getrusage(RUSAGE_THREAD), microsecond resolution).</summary>
internal static partial class ThreadCpu
{
    private const int RusageThread = 1;

    public static double Milliseconds()
    {
        if (GetRusage(RusageThread, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage(RUSAGE_THREAD) failed: this benchmark needs Linux");
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then 14 longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NIvCsw;
    }
}
