using System.Text;
using Caravan.Pipeline.Stages.Quotes;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Quotes;

/// <summary>
/// Regression tests for issue #8: the quote stage must work in time and memory linear in the text on the runs
/// of one piece the fuzz campaign draws. Allocation is the measure: unlike time, it does not depend on the
/// machine's load, and both bugs were runaway allocation.
/// </summary>
public class QuoteStageHostileTests
{
    private static readonly QuoteStage Stage = new();

    /// <summary>
    /// "28.28.28…a spus" is one 300,000-character token. Every role noun of six letters or more was matched
    /// against each of its suffixes, each copied out: 16 GB for 12,000 characters (fuzz seed 0PdWQv6f-Ib5 ran past
    /// the 300 s hang limit). Now only the suffixes an inflection allows are compared, in place.
    /// </summary>
    [Theory]
    [InlineData("kk")]
    [InlineData("ro")]
    [InlineData("de")]
    public void Issue8_Process_HugeDottedNumberToken_AllocatesLinearly(string language)
    {
        var text = new StringBuilder().Insert(0, "28.", 100_000).Append("a spus").ToString();
        var allocated = Allocated(Articles.WithSentences("t", text, language));
        Assert.True(allocated < 64L * text.Length, $"{allocated >> 20} MB allocated for {text.Length:N0} characters");
    }

    /// <summary>
    /// "Mr.Mr.Mr.…": every reporting verb was matched at every word through an <c>IReadOnlyList</c>, boxing the
    /// word array each time: about 4.5 KB per input byte (fuzz seed 1pQb-YHGsJG5: 1,019 MB for 191 KB of "Mr.").
    /// </summary>
    [Theory]
    [InlineData("Mr.", "en")]
    [InlineData("Mr. ", "en")]
    [InlineData("Dr. ", "de")]
    public void Issue8_Process_AbbreviationRun_AllocatesLinearly(string piece, string language)
    {
        var text = new StringBuilder().Insert(0, piece, 60_000).ToString();
        var allocated = Allocated(Articles.WithSentences("t", text, language));
        Assert.True(allocated < 512L * text.Length, $"{allocated >> 20} MB allocated for {text.Length:N0} characters");
    }

    /// <summary>
    /// "“:⁦  " repeated: every "“" may open a quote that never closes, and the scanner walked up to 6,000 characters
    /// from each one (1 M characters took 18.6 s of CPU, fuzz seed 58pnPjeF-Pm1). Walks now remember where they
    /// ended, so each mark is passed once. CPU time of this thread (0.2 s here; the old scanner took about 8 s).
    /// </summary>
    [Fact]
    public void Issue8_Process_UnclosedOpeningMarks_ScansLinearly()
    {
        var text = new StringBuilder().Insert(0, "\u201C:\u2066  ", 80_000).ToString();
        var article = Articles.WithSentences("t", text, "ro");
        var started = Caravan.Tests.Fuzz.ThreadCpu.Now();
        Stage.Process(article, CancellationToken.None);
        var cpu = Caravan.Tests.Fuzz.ThreadCpu.Now() - started;
        Assert.True(cpu < TimeSpan.FromSeconds(3), $"{cpu.TotalSeconds:F1} s of CPU for {text.Length:N0} characters");
    }

    private static long Allocated(Article article)
    {
        // One short article of the same language first: loading the language's lexicons once is not the input's cost
        // (run first in the process, the loading alone read 48 MB for the German case).
        Stage.Process(Articles.WithSentences("warm-up", "Er sagte, es sei kalt.", article.Language), CancellationToken.None);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Stage.Process(article, CancellationToken.None);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
