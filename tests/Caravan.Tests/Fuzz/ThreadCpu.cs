using System.Globalization;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// CPU time of the calling thread, from /proc/thread-self/stat (utime + stime, in clock ticks of 10 ms) on Linux;
/// elsewhere the process's CPU time. Lets a fuzz budget hold on a machine shared by many jobs.
/// </summary>
internal static class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/proc/thread-self/stat"))
        {
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
            var stat = File.ReadAllText("/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }

        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    }
}
