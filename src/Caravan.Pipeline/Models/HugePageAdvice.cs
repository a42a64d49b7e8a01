using System.Runtime.InteropServices;

namespace Caravan.Pipeline.Models;

/// <summary>
/// Asks Linux (6.1 and later) to back a range of memory with 2 MB pages now (<c>madvise(MADV_COLLAPSE)</c>): the one
/// declaration of that call, for a cluster node's heap once its models are loaded and for the model images the nodes of a
/// machine share (<see cref="MappedImage"/>). Where libc has no madvise the call throws <see cref="DllNotFoundException"/>
/// or <see cref="EntryPointNotFoundException"/>; callers keep 4 KB pages then.
/// </summary>
public static class HugePageAdvice
{
    /// <summary>The size of one huge page: ranges are collapsed in whole, aligned pages of it.</summary>
    public const long Size = 2L << 20;

    private const int CollapseAdvice = 25; // MADV_COLLAPSE

    /// <summary>True when the kernel now backs [address, address + length) with huge pages.</summary>
    public static bool Collapse(nint address, nuint length) => Madvise(address, length, CollapseAdvice) == 0;

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
