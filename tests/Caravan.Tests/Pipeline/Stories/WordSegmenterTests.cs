using System.IO.Compression;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Training;

namespace Caravan.Tests.Pipeline.Stories;

public sealed class WordSegmenterTests : IDisposable
{
    // A made-up vocabulary: "basketball" and "player" are frequent words; "team" is a word too, less frequent.
    private static readonly (string, long)[] Vocabulary = [("篮球", 100), ("队员", 100), ("球队", 50), ("说", 1000), ("的", 5000)];

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("caravan-segmenter-");

    [Fact]
    public void Segment_TwoKnownWords_SplitsBetweenThem()
    {
        var segmenter = new WordSegmenter(Vocabulary);
        Assert.Equal([2, 2], segmenter.Segment("篮球队员"));
        Assert.Equal([true, false, true], segmenter.PairsWithinWords("篮球队员"));
    }

    [Fact]
    public void Segment_UnknownName_FallsApartAndKeepsItsPairs()
    {
        var segmenter = new WordSegmenter(Vocabulary);
        Assert.Equal([1, 1, 1], segmenter.Segment("拜登说"));
        Assert.Equal([true, true], segmenter.PairsWithinWords("拜登说"));
        Assert.Equal([true, false, true], segmenter.PairsWithinWords("拜的篮球"));
    }

    [Fact]
    public void Process_PairAcrossTwoWords_GivesNoPivot()
    {
        var folder = WriteLexicon("with", withWords: true);
        var terms = Terms(folder);
        Assert.Contains("s:basket", terms);
        Assert.Contains("s:player", terms);
        Assert.DoesNotContain("s:team", terms);
        Assert.Contains("c:球队", terms);
    }

    [Fact]
    public void Process_NoWordList_KeepsEveryPairsPivot()
    {
        var folder = WriteLexicon("without", withWords: false);
        Assert.Contains("s:team", Terms(folder));
    }

    [Fact]
    public void Train_ListWithUnspacedWords_WritesThemWithCounts()
    {
        var lists = Directory.CreateDirectory(Path.Combine(_root.FullName, "corpora", "frequencywords", "2018")).FullName;
        WriteGzip(Path.Combine(lists, "zh_cn_50k.txt.gz"), ["的 5000", "ok 300", "篮球 100", "队员 100"]);
        var output = Directory.CreateDirectory(Path.Combine(_root.FullName, "trained")).FullName;
        var written = new WordListTrainer { MinWords = 2 }.Train(Path.Combine(_root.FullName, "corpora"), ["zh", "de"], output);
        Assert.Equal(3, written["zh"]);
        Assert.False(written.ContainsKey("de"));
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(output, "zh" + Lexicon.WordsSuffix)), CompressionMode.Decompress));
        Assert.Equal("的\t5000\n篮球\t100\n队员\t100\n", reader.ReadToEnd());
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static List<string> Terms(string folder)
    {
        var stage = new FingerprintStage(Lexicon.FromDirectory(folder));
        return stage.Process(StoryTexts.Make("x", "篮球队员", "zh"), CancellationToken.None)
            .Fingerprint!.Terms.Select(t => t.Term).ToList();
    }

    private string WriteLexicon(string name, bool withWords)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, name)).FullName;
        WriteGzip(Path.Combine(folder, "en.tsv.gz"), []);
        WriteGzip(Path.Combine(folder, "zh.tsv.gz"), ["篮球\tbasket", "球队\tteam", "队员\tplayer"]);
        if (withWords)
        {
            WriteGzip(Path.Combine(folder, "zh" + Lexicon.WordsSuffix), Vocabulary.Select(w => w.Item1 + "\t" + w.Item2));
        }

        return folder;
    }

    private static void WriteGzip(string path, IEnumerable<string> lines)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        foreach (var line in lines)
        {
            writer.Write(line + "\n");
        }
    }
}
