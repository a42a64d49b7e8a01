using System.Globalization;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// How long the fuzz campaign runs. <c>CARAVAN_FUZZ_SECONDS</c> is the whole campaign's time (default 120 s,
/// the CI campaign), shared evenly by the <see cref="Targets"/> fuzz targets; <c>CARAVAN_FUZZ_INPUT_SECONDS</c>
/// is the CPU time one input may take (default 10 s) and <c>CARAVAN_FUZZ_HANG_SECONDS</c> the wall time after which it
/// counts as a hang (default 300 s: the CI machine is shared and slow);
/// <c>CARAVAN_FUZZ_LOG</c> names a file that gets one line per target (inputs tried, seconds), for the record
/// of a long campaign in docs/benchmarks/hardening.md.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>The fuzz targets in this folder, each a [Fact] calling <see cref="Fuzzer.Run{T}"/>.</summary>
    public const int Targets = 12;

    public static int CampaignSeconds { get; } = Read("CARAVAN_FUZZ_SECONDS", 120);

    public static int SecondsPerTarget => Math.Max(1, CampaignSeconds / Targets);

    /// <summary>CPU time one input may take (measured on its thread, so a loaded machine does not trip it).</summary>
    public static TimeSpan InputLimit { get; } = TimeSpan.FromSeconds(Read("CARAVAN_FUZZ_INPUT_SECONDS", 10));

    /// <summary>Wall time after which an input that has not ended counts as a hang.</summary>
    public static TimeSpan HangLimit { get; } = TimeSpan.FromSeconds(Read("CARAVAN_FUZZ_HANG_SECONDS", 300));

    /// <summary>
    /// Bytes one input may allocate (in all, not at once): a fixed allowance plus 2 KB per input byte. The default
    /// pipeline allocates about 1.9 KB per byte on a 367 KB run of "&lt;div&gt;" read as plain text (685 MB, found by
    /// the 1-hour campaign, docs/benchmarks/hardening.md); the budget flags anything worse.
    /// </summary>
    public static long AllocationLimit(long inputBytes) => (512L << 20) + (2048 * inputBytes);

    public static string? LogPath { get; } = Environment.GetEnvironmentVariable("CARAVAN_FUZZ_LOG");

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
