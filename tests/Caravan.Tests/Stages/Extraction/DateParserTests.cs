using Caravan.Pipeline.Stages.Extraction.Metadata;

namespace Caravan.Tests.Stages.Extraction;

public sealed class DateParserTests
{
    private static readonly DateParser Parser = new(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("28. Februar 2023")]
    [InlineData("Veröffentlicht am 28. Februar 2023, 10:15 Uhr")]
    [InlineData("28 februarie 2023")]
    [InlineData("Feb. 28, 2023")]
    [InlineData("February 28 2023")]
    [InlineData("28 февраля 2023 г.")]
    [InlineData("le 28 février 2023")]
    [InlineData("28.02.2023")]
    [InlineData("2023-02-28")]
    [InlineData("Von Jörg Staff | 28.02.23")]
    [InlineData("28 de febrero de 2023")]
    [InlineData("Publicado el 28 de febrero del 2023")]
    [InlineData("28 de fevereiro de 2023")]
    public void ParseText_DateLine_FindsTheDay(string line) =>
        Assert.Equal(new DateTime(2023, 2, 28), Parser.ParseText(line)?.Date);

    [Theory]
    [InlineData("Version 1.28.02.23 released")]
    [InlineData("Server 10.28.02.23")]
    public void ParseText_DottedNumbers_AreNotTwoDigitYearDates(string line) =>
        Assert.Null(Parser.ParseText(line));

    [Theory]
    [InlineData("28.02.2023 Der Arbeitsmarkt ist gut in das Jahr gestartet, die Zahl der Arbeitslosen sank.")]
    [InlineData("(28. Februar 2023) Energieverbraucher erhalten eine Preiserhöhung nach dem Gesetz.")]
    public void ParseLeading_DateOpeningAParagraph_IsFound(string line) =>
        Assert.Equal(new DateTime(2023, 2, 28), Parser.ParseLeading(line)?.Date);

    [Fact]
    public void ParseLeading_DateInsideTheSentence_IsNotADateline() =>
        Assert.Null(Parser.ParseLeading("Am Dienstag, dem 28. Februar 2023, beschloss der Rat den Haushalt für das nächste Jahr."));

    [Theory]
    [InlineData("2023-02-28T10:15:00Z", "2023-02-28T10:15:00+00:00")]
    [InlineData("2023-02-28T10:15:00+01:00", "2023-02-28T10:15:00+01:00")]
    [InlineData("2023-02-28", "2023-02-28T00:00:00+00:00")]
    [InlineData("Tue, 28 Feb 2023 10:15:00 GMT", "2023-02-28T10:15:00+00:00")]
    [InlineData("2022-01-10T22:06:08:684Z", "2022-01-10T00:00:00+00:00")]
    public void ParseMachine_Formats_Parse(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Parser.ParseMachine(value));

    [Theory]
    [InlineData("2031-01-01")]
    [InlineData("1989-12-31")]
    [InlineData("31 December 1985")]
    [InlineData("2023-02-30")]
    [InlineData("no date here at all")]
    public void Parse_FutureAncientOrInvalid_IsRejected(string value)
    {
        Assert.Null(Parser.ParseMachine(value));
        Assert.Null(Parser.ParseText(value));
    }
}
