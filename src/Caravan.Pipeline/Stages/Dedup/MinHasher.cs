namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// MinHash signatures (Broder 1997): for each of k hash functions the minimum over a set's element
/// hashes. The share of equal positions in two signatures estimates the sets' Jaccard similarity.
/// The functions are h*a+b over well-mixed 64-bit element hashes, with fixed odd multipliers.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int size, ulong seed = 0x5EEDCAFEUL)
    {
        _a = new ulong[size];
        _b = new ulong[size];
        var state = seed;
        for (var i = 0; i < size; i++)
        {
            state = StableHash.Mix(state + 0x9E3779B97F4A7C15UL);
            _a[i] = state | 1UL;
            state = StableHash.Mix(state + 0x9E3779B97F4A7C15UL);
            _b[i] = state;
        }
    }

    public int Size => _a.Length;

    /// <summary>The signature of a set of element hashes; empty for an empty set.</summary>
    public ImmutableArray<ulong> Signature(ReadOnlySpan<ulong> elements)
    {
        if (elements.IsEmpty)
        {
            return [];
        }

        var mins = new ulong[_a.Length];
        Array.Fill(mins, ulong.MaxValue);
        foreach (var h in elements)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var v = (h * _a[i]) + _b[i];
                if (v < mins[i])
                {
                    mins[i] = v;
                }
            }
        }

        return ImmutableArray.Create(mins);
    }

    /// <summary>The share of equal positions: an estimate of Jaccard similarity.</summary>
    public static double Similarity(ImmutableArray<ulong> x, ImmutableArray<ulong> y)
    {
        if (x.IsDefaultOrEmpty || y.IsDefaultOrEmpty || x.Length != y.Length)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            same += x[i] == y[i] ? 1 : 0;
        }

        return same / (double)x.Length;
    }
}
