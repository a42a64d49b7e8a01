namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Sketches each sentence's term set with a few MinHash bands of two rows. Two sentences whose
/// term sets have Jaccard J share a given band with probability J², so paraphrased or translated
/// sentences of one source (J around 0.6) usually share one of three bands while sentences that only
/// share a topic (J around 0.2) rarely do.
/// </summary>
internal sealed class PassageSketcher
{
    private readonly int _minTerms;
    private readonly ulong[] _seeds;

    public PassageSketcher(int minTerms, int bands)
    {
        _minTerms = minTerms;
        _seeds = new ulong[bands * 2];
        for (var i = 0; i < _seeds.Length; i++)
        {
            _seeds[i] = StableHash.Mix((ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
        }
    }

    public ImmutableArray<ulong> Sketch(ImmutableArray<ImmutableArray<ulong>> sentences)
    {
        var keys = new SortedSet<ulong>();
        foreach (var sentence in sentences)
        {
            if (sentence.Length < _minTerms)
            {
                continue;
            }

            for (var band = 0; band < _seeds.Length / 2; band++)
            {
                var key = (ulong)band;
                for (var row = 0; row < 2; row++)
                {
                    var seed = _seeds[(band * 2) + row];
                    var min = ulong.MaxValue;
                    foreach (var term in sentence)
                    {
                        min = Math.Min(min, StableHash.Mix(term ^ seed));
                    }

                    key = StableHash.Combine(key, min);
                }

                keys.Add(key);
            }
        }

        return [.. keys];
    }
}
