namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Sketches each sentence's term set with a few MinHash bands of two rows. Two sentences whose
/// term sets have Jaccard J share a given band with probability J², so with six bands paraphrased or
/// translated sentences of one source (J of 0.2-0.6) often share a band, and an article with several
/// such sentences almost always shares one; sentences that only share a topic (J around 0.1) rarely
/// do. Shared bands only nominate candidates: <see cref="SentenceAligner"/> confirms them.
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

    /// <summary>The sentences with enough terms to sketch, as sorted 32-bit term hashes, in text order.</summary>
    public ImmutableArray<ImmutableArray<uint>> Select(ImmutableArray<ImmutableArray<ulong>> sentences)
    {
        var kept = ImmutableArray.CreateBuilder<ImmutableArray<uint>>();
        foreach (var sentence in sentences)
        {
            if (sentence.Length < _minTerms)
            {
                continue;
            }

            var terms = new uint[sentence.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = (uint)(sentence[i] ^ (sentence[i] >> 32));
            }

            Array.Sort(terms);
            kept.Add(ImmutableArray.Create(terms));
        }

        return kept.ToImmutable();
    }

    /// <summary>The sorted distinct band keys of the selected sentences.</summary>
    public ImmutableArray<ulong> Sketch(ImmutableArray<ImmutableArray<uint>> sentences)
    {
        var bands = _seeds.Length / 2;
        var keys = new ulong[sentences.Length * bands];
        var n = 0;
        foreach (var sentence in sentences)
        {
            for (var band = 0; band < bands; band++)
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

                keys[n++] = key;
            }
        }

        Array.Sort(keys);
        var distinct = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[distinct - 1])
            {
                keys[distinct++] = keys[i];
            }
        }

        return ImmutableArray.Create(keys, 0, distinct);
    }
}
