using System.Globalization;
using Caravan.Pipeline.Models;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// Backs a node's large anonymous memory (the managed heap, where every language's models live once preloaded) with 2 MB pages
/// where the kernel can (<see cref="HugePageAdvice"/>, Linux 6.1 and later; elsewhere nothing happens). The stages' hottest code looks weights
/// up at random in tables of hundreds of megabytes, so with 4 KB pages nearly every lookup also misses the TLB, and nodes that
/// share a machine take turns on its cores with their own copies of the tables (docs/benchmarks/cluster.md, session 11).
/// </summary>
internal static class HugePages
{
    private const long HugePage = HugePageAdvice.Size;
    private const long Chunk = 64L << 20;
    private const long SmallestMapping = 8L << 20;

    /// <summary>Collapses every writable anonymous mapping of at least 8 MB into huge pages; returns the bytes collapsed.</summary>
    public static long Collapse()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        long collapsed = 0;
        try
        {
            collapsed = CollapseMappings();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            // No madvise or no /proc/self/maps here: the node runs on 4 KB pages, as before.
        }

        return collapsed;
    }

    private static long CollapseMappings()
    {
        long collapsed = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // address perms offset dev inode [path]: a path (a file, [heap], [stack]) is not the managed heap.
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || (fields.Length == 6 && fields[5].Trim().Length > 0) || !fields[1].StartsWith("rw", StringComparison.Ordinal))
            {
                continue;
            }

            var range = fields[0].Split('-');
            var start = long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var first = (start + HugePage - 1) / HugePage * HugePage;
            var last = end / HugePage * HugePage;
            for (var at = first; last - first >= SmallestMapping && at < last; at += Chunk)
            {
                var length = Math.Min(Chunk, last - at);
                if (HugePageAdvice.Collapse((nint)at, (nuint)length))
                {
                    collapsed += length;
                }
            }
        }

        return collapsed;
    }
}
