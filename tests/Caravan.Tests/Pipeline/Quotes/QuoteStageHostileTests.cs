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

    private static long Allocated(Article article)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Stage.Process(article, CancellationToken.None);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
