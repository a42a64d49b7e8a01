using Caravan.Core.Text;
using CsCheck;

namespace Caravan.Tests.Core;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text, string lang) =>
        [.. new SentenceSplitter(lang).Split(text).Select(s => s.Slice(text))];

    [Fact]
    public void Split_GermanOrdinalDateAndAbbreviation_DoNotEndSentence() =>
        Assert.Equal(
            ["Am 28. Februar traf Dr. Müller z.B. den Minister.", "Er sagte nichts."],
            Split("Am 28. Februar traf Dr. Müller z.B. den Minister. Er sagte nichts.", "de"));

    [Fact]
    public void Split_ClosingQuoteStaysWithSentence() =>
        Assert.Equal(
            ["„Wir sind bereit.“", "Das sagte Tokajew."],
            Split("„Wir sind bereit.“ Das sagte Tokajew.", "de"));

    [Fact]
    public void Split_ParagraphBreak_EndsSentence() =>
        Assert.Equal(["Titel ohne Punkt", "Erster Satz."], Split("Titel ohne Punkt\n\nErster Satz.", "de"));

    [Fact]
    public void Split_Initials_DoNotEndSentence() =>
        Assert.Equal(["J. R. Smith arrived.", "Then he left."], Split("J. R. Smith arrived. Then he left.", "en"));

    [Fact]
    public void Split_AnyString_SentencesAreOrderedTrimmedAndInside() =>
        Gen.String.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var s in new SentenceSplitter("de").Split(text))
            {
                Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]));
                previousEnd = s.End;
            }
        });
}
