namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// 64-bit hashes that are the same on every run and machine (string.GetHashCode is randomised per
/// process, so it cannot feed fingerprints that are stored or compared across runs).
/// </summary>
internal static class StableHash
{
    /// <summary>FNV-1a over the UTF-16 code units, finished with the splitmix64 mixer for good low bits.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    /// <summary>Combines two hashes order-dependently.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>The splitmix64 finaliser (Steele et al. 2014).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A short hex id derived from a string, for deterministic story ids.</summary>
    public static string Hex(string text) => Of(text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
