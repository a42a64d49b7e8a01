using System.Runtime.InteropServices;

namespace Caravan.Pipeline.Models;

/// <summary>
/// A file mapped read-only and shared (MAP_SHARED) at a 2 MB-aligned address, so that every process mapping the same file
/// reads the same physical pages, and the kernel can back them with 2 MB pages (<see cref="HugePageAdvice"/>, Linux 6.1 and later; on
/// shmem it works whatever <c>shmem_enabled</c> says, short of <c>deny</c>). Unmapped when released. Linux only.
/// </summary>
internal sealed unsafe class MappedImage : SafeHandle
{
    private const int ProtNone = 0;
    private const int ProtRead = 1;
    private const int MapShared = 0x01;
    private const int MapPrivate = 0x02;
    private const int MapFixed = 0x10;
    private const int MapAnonymous = 0x20;
    private const int MapNoReserve = 0x4000;
    private const long HugePage = HugePageAdvice.Size;

    private MappedImage(nint address, long bytes)
        : base(0, ownsHandle: true)
    {
        SetHandle(address);
        Bytes = bytes;
    }

    public long Bytes { get; }

    public override bool IsInvalid => handle == 0;

    /// <summary>The first <paramref name="count"/> floats of the image (valid while this object is reachable).</summary>
    public ReadOnlySpan<float> Floats(int count) =>
        (long)count * sizeof(float) <= Bytes ? new ReadOnlySpan<float>((void*)handle, count) : throw new ArgumentOutOfRangeException(nameof(count));

    /// <summary>Maps the whole of <paramref name="path"/> (a multiple of 2 MB long); null where it cannot be mapped.</summary>
    public static MappedImage? Map(string path, long bytes)
    {
        if (!OperatingSystem.IsLinux() || bytes <= 0 || bytes % HugePage != 0)
        {
            return null;
        }

        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            if (RandomAccess.GetLength(file) != bytes)
            {
                return null;
            }

            // Reserve one huge page more than needed, then map the file over the aligned part of the reservation and give the rest back.
            var reserved = Mmap(0, (nuint)(bytes + HugePage), ProtNone, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
            if (reserved == -1)
            {
                return null;
            }

            var aligned = (reserved + (nint)HugePage - 1) & ~((nint)HugePage - 1);
            var mapped = Mmap(aligned, (nuint)bytes, ProtRead, MapShared | MapFixed, (int)file.DangerousGetHandle(), 0);
            if (mapped != aligned)
            {
                _ = Munmap(reserved, (nuint)(bytes + HugePage));
                return null;
            }

            if (aligned > reserved)
            {
                _ = Munmap(reserved, (nuint)(aligned - reserved));
            }

            var end = aligned + (nint)bytes;
            var reservedEnd = reserved + (nint)(bytes + HugePage);
            if (reservedEnd > end)
            {
                _ = Munmap(end, (nuint)(reservedEnd - end));
            }

            // Collapsing a range another process has collapsed already only maps its huge pages; failure leaves 4 KB pages.
            _ = HugePageAdvice.Collapse(aligned, (nuint)bytes);
            return new MappedImage(aligned, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    protected override bool ReleaseHandle() => Munmap(handle, (nuint)Bytes) == 0;

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern nint Mmap(nint address, nuint length, int protection, int flags, int descriptor, nint offset);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(nint address, nuint length);
}
