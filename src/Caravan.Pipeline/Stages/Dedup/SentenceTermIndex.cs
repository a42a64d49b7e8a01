namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// An article's sketched sentences as one list of (term, sentence) keys sorted by term, so that the
/// terms two articles share in every pair of sentences come from one linear merge instead of a merge
/// per sentence pair. Built once per article and kept while the article can be aligned.
/// </summary>
internal sealed class SentenceTermIndex
{
    private SentenceTermIndex(ulong[] keys, int[] lengths)
    {
        Keys = keys;
        Lengths = lengths;
    }

    public static SentenceTermIndex Empty { get; } = new([], []);

    /// <summary>term &lt;&lt; 32 | sentence, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Distinct terms per sentence, in text order.</summary>
    public int[] Lengths { get; }

    public int Count => Lengths.Length;

    /// <summary>Indexes sentences given as sorted term hashes (<see cref="PassageSketcher.Select"/>).</summary>
    public static SentenceTermIndex Of(ImmutableArray<ImmutableArray<uint>> sentences)
    {
        if (sentences.IsDefaultOrEmpty)
        {
            return Empty;
        }

        var keys = new List<ulong>();
        var lengths = new int[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var terms = sentences[s];
            for (var t = 0; t < terms.Length; t++)
            {
                // Terms come sorted; a repeated 32-bit hash counts once.
                if (t == 0 || terms[t] != terms[t - 1])
                {
                    keys.Add(((ulong)terms[t] << 32) | (uint)s);
                    lengths[s]++;
                }
            }
        }

        var array = keys.ToArray();
        Array.Sort(array);
        return new SentenceTermIndex(array, lengths);
    }

    /// <summary>
    /// Adds, for every sentence i of this article and j of <paramref name="other"/>, the number of terms
    /// they share to <paramref name="shared"/>[i * other.Count + j].
    /// </summary>
    public void CountShared(SentenceTermIndex other, Span<int> shared)
    {
        var x = Keys;
        var y = other.Keys;
        var m = other.Count;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var tx = x[i] >> 32;
            var ty = y[j] >> 32;
            if (tx < ty)
            {
                i++;
            }
            else if (tx > ty)
            {
                j++;
            }
            else
            {
                var jEnd = j;
                while (jEnd < y.Length && y[jEnd] >> 32 == tx)
                {
                    jEnd++;
                }

                for (; i < x.Length && x[i] >> 32 == tx; i++)
                {
                    var row = (int)(uint)x[i] * m;
                    for (var k = j; k < jEnd; k++)
                    {
                        shared[row + (int)(uint)y[k]]++;
                    }
                }

                j = jEnd;
            }
        }
    }
}
