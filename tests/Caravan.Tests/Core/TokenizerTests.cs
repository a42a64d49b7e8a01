using Caravan.Core.Text;
using CsCheck;

namespace Caravan.Tests.Core;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Text(text))];

    [Fact]
    public void Tokenize_NamesWithHyphensAndApostrophes_StayWhole() =>
        Assert.Equal(["Kassym-Jomart", "Tokayev", "und", "David", "O’Sullivan", "."], Words("Kassym-Jomart Tokayev und David O’Sullivan."));

    [Fact]
    public void Tokenize_NumbersWithSeparators_StayWhole() =>
        Assert.Equal(["mit", "7.644", "Kilometern", ",", "163,4", "Tausend"], Words("mit 7.644 Kilometern, 163,4 Tausend"));

    [Fact]
    public void Tokenize_QuoteMarks_AreSeparateTokens() =>
        Assert.Equal(["„", "Wir", "sind", "bereit", "“", ",", "sagte", "er"], Words("„Wir sind bereit“, sagte er"));

    [Fact]
    public void Tokenize_AnyString_SpansAreOrderedNonEmptyAndCoverNoWhitespace() =>
        Gen.String.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(token.Span.Start >= previousEnd && token.Span.End > token.Span.Start && token.Span.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[token.Span.Start]));
                previousEnd = token.Span.End;
            }
        });
}
