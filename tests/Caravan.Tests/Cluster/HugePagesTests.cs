using Caravan.Cluster.Hosting;

namespace Caravan.Tests.Cluster;

/// <summary>A node backs its large anonymous memory (the models) with huge pages where the kernel can.</summary>
public sealed class HugePagesTests
{
    [SkippableFact]
    public void Collapse_OnLinuxWithTransparentHugePages_BacksALargeArrayWithHugePages()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "huge pages are collapsed on Linux only");
        const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        Skip.If(!File.Exists(Setting) || File.ReadAllText(Setting).Contains("[never]", StringComparison.Ordinal), "transparent huge pages are off");
        Skip.If(Environment.OSVersion.Version < new Version(6, 1), "MADV_COLLAPSE needs Linux 6.1");
        // A model-sized table, touched, as the preload leaves every language's weights.
        var table = new float[64 << 18];
        Array.Fill(table, 0.5f);

        var collapsed = HugePages.Collapse();

        Assert.True(collapsed >= table.Length * sizeof(float) / 2, $"{collapsed} bytes collapsed");
        Assert.True(AnonymousHugePagesKb() > 0, "no anonymous huge pages after the collapse");
        GC.KeepAlive(table);
    }

    private static long AnonymousHugePagesKb() =>
        File.ReadLines("/proc/self/smaps_rollup")
            .Where(line => line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
