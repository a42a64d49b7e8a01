using Caravan.Pipeline.Stages.Language;

namespace Caravan.Tests.Stages.Language;

public class LangidModelTests
{
    [Fact]
    public void SaveThenLoad_RowsShortAndLongerThanANibble_KeepsEveryEntryInItsBucket()
    {
        // Rows of 0, 1, 14, 15, 16 and 120 entries in a 2^8 table: lengths from 15 up need an overflow byte.
        const int bits = 8;
        var lengths = new int[1 << bits];
        lengths[3] = 1;
        lengths[4] = 14;
        lengths[5] = 15;
        lengths[6] = 16;
        lengths[255] = 120;
        var offsets = new int[lengths.Length + 1];
        for (var b = 0; b < lengths.Length; b++)
        {
            offsets[b + 1] = offsets[b] + lengths[b];
        }

        var entries = Enumerable.Range(0, offsets[^1]).Select(i => (ushort)((i % 120) | ((i * 7 % 256) << 8))).ToArray();
        var languages = Enumerable.Range(0, 120).Select(l => $"l{l}").ToImmutableArray();
        var model = new LangidModel(
            bits,
            languages,
            [.. languages.Select(_ => -12.5)],
            [.. languages.Select((_, l) => l % 2 == 0 ? 0.0 : -1.0)],
            [.. languages.Select(_ => 2u)],
            [.. languages.Select(_ => 0u)],
            offsets,
            entries);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = LangidModel.Load(path);

            Assert.Equal(offsets, loaded.Offsets);
            Assert.Equal(entries, loaded.Entries);
            Assert.Equal(languages.ToArray(), loaded.Languages.ToArray());
            Assert.Equal(model.Priors, loaded.Priors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Save_FourTimesTheBuckets_CostsHalfAByteForEachNewBucket()
    {
        // The row table holds 4 bits per bucket: a 2^22 table's 4 million rows cost 2 MB instead of 4.
        Assert.Equal(((1 << 10) - (1 << 8)) / 2, SavedLength(10) - SavedLength(8));
    }

    private static long SavedLength(int bits)
    {
        var offsets = new int[(1 << bits) + 1];
        for (var b = 1; b < offsets.Length; b++)
        {
            offsets[b] = offsets[b - 1] + (b <= 3 ? 2 : 0);
        }

        var model = new LangidModel(bits, ["de", "ro"], [-12.0, -12.5], [0.0, 0.0], [2u, 2u], [0u, 0u], offsets, [1, 256, 1, 257, 0, 300]);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            return new FileInfo(path).Length;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
