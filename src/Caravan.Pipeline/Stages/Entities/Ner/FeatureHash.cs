namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Deterministic feature hashing (FNV-1a over UTF-16 code units, then a murmur finaliser), so a
/// model trained in one process scores identically in another; string.GetHashCode is randomised.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(int template, ReadOnlySpan<char> value) => Finish(Add(Start(template), value));

    public static uint Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Add(Add(Start(template), first) * Prime ^ 0x1F, second));

    public static uint Of(int template, int value) => Finish((Start(template) ^ (uint)value) * Prime);

    public static uint Of(int template, int value, ReadOnlySpan<char> text) =>
        Finish(Add((Start(template) ^ (uint)value) * Prime, text));

    private static uint Start(int template) => (Offset ^ (uint)template) * Prime;

    private static uint Add(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
