using System.IO.Compression;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Training;

namespace Caravan.Tests.Pipeline.Stories;

public sealed class LexiconTrainerTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("caravan-lexicon-");

    public LexiconTrainerTests()
    {
        // A parallel corpus made up for the test: "Regierung" is rendered "government" in half of the English
        // sentences and "administration" in the other half; every other word occurs once.
        var ntrex = Directory.CreateDirectory(Path.Combine(_root.FullName, "corpora", "ntrex128")).FullName;
        Directory.CreateDirectory(Path.Combine(_root.FullName, "corpora", "sib200"));
        var english = Enumerable.Range(0, 600).Select(i => (i % 2 == 0 ? "government " : "administration ") + Word('w', i));
        var german = Enumerable.Range(0, 600).Select(i => "Regierung " + Word('q', i));
        WriteGzip(Path.Combine(ntrex, "newstest2019-src.eng.txt.gz"), english);
        WriteGzip(Path.Combine(ntrex, "newstest2019-ref.deu.txt.gz"), german);
    }

    [Fact]
    public void Train_OneTranslation_KeepsTheBestOnly()
    {
        var german = Train(new LexiconTrainer { StopWords = 0 }, "one");
        Assert.Equal(["s:admini"], german.PivotTerms("regier").Select(p => p.Term));
    }

    [Fact]
    public void Train_TwoTranslations_KeepsBothBestFirst()
    {
        var german = Train(new LexiconTrainer { StopWords = 0, MaxTranslations = 2 }, "two");
        Assert.Equal(["s:admini", "s:govern"], german.PivotTerms("regier").Select(p => p.Term));
        Assert.True(german.TryMap("regier", out var best));
        Assert.Equal("admini", best);
        Assert.Empty(german.PivotTerms("qaab"));
    }

    [Fact]
    public void Process_StemWithTwoPivots_AddsBoth()
    {
        Train(new LexiconTrainer { StopWords = 0, MaxTranslations = 2 }, "stage");
        var stage = new FingerprintStage(Lexicon.FromDirectory(Path.Combine(_root.FullName, "stage")));
        var terms = stage.Process(StoryTexts.Make("x", "Die Regierung tagte am Montag in Berlin.", "de"), CancellationToken.None)
            .Fingerprint!.Terms.Select(t => t.Term).ToList();
        Assert.Contains("s:admini", terms);
        Assert.Contains("s:govern", terms);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private LanguageLexicon Train(LexiconTrainer trainer, string folder)
    {
        var output = Path.Combine(_root.FullName, folder);
        trainer.Train(Path.Combine(_root.FullName, "corpora"), output, TextWriter.Null);
        return Lexicon.FromDirectory(output).For("de");
    }

    // A letter word unique to i ("waab"): digits are not lexicon units.
    private static string Word(char first, int i) =>
        string.Concat(first.ToString(), (char)('a' + (i / 676)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26)));

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
