using System.IO.Compression;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Pipeline.Training;
using CsCheck;

namespace Caravan.Tests.Pipeline.Training;

public sealed class FrequencyListTests
{
    [Fact]
    public void Read_WordsWithCountsInFileOrder_MalformedLinesSkipped()
    {
        using var dir = new TempDirectory();
        var path = Gzip(dir, "2018/de_50k.txt.gz", "und 912345\nKasachstan 1204\n\nohne-zahl\nminus -3\nexp 1e3\n 77\nNew York 12\nТокаев 9\n");

        var entries = FrequencyList.Read(path).ToList();

        Assert.Equal([("und", 912345L), ("Kasachstan", 1204L), ("New York", 12L), ("Токаев", 9L)], entries);
    }

    [Fact]
    public void Read_MissingList_ErrorNamesThePath()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "2018", "kk_50k.txt.gz");

        var error = Assert.Throws<CaravanException>(() => FrequencyList.Read(path));

        Assert.Equal(ErrorCode.InputUnreadable, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_PrefersTheNewerYear_NullWithoutAList()
    {
        using var dir = new TempDirectory();
        var older = Gzip(dir, "2016/ro_50k.txt.gz", "și 10\n");
        Assert.Equal(older, FrequencyList.Find(dir.Path, "ro"));

        var newer = Gzip(dir, "2018/ro_50k.txt.gz", "și 11\n");
        Assert.Equal(newer, FrequencyList.Find(dir.Path, "ro"));
        Assert.Null(FrequencyList.Find(dir.Path, "kk"));
    }

    [Fact]
    public void TryParse_Property_WordAndCountRoundTrip()
    {
        var words = Gen.String[Gen.Char.Where(c => c != '\n' && c != '\r'), 1, 30];
        Gen.Select(words, Gen.Long[0, long.MaxValue]).Sample((word, count) =>
        {
            Assert.True(FrequencyList.TryParse(word + " " + count.ToString(System.Globalization.CultureInfo.InvariantCulture), out var parsed, out var parsedCount));
            Assert.Equal(word, parsed);
            Assert.Equal(count, parsedCount);
        });
    }

    [Fact]
    public void TryParse_Property_NeverThrows()
    {
        Gen.String.Sample(line =>
        {
            if (FrequencyList.TryParse(line, out var word, out var count))
            {
                Assert.NotEmpty(word);
                Assert.True(count >= 0);
            }
        });
    }

    private static string Gzip(TempDirectory dir, string name, string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return dir.File(name, buffer.ToArray());
    }
}
