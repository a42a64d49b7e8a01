using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Tests.Stages.Extraction;

/// <summary>Pre-extracted text in the style of scraped news (samples written for these tests).</summary>
public sealed class PlainTextCleanerTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    private const string German = """
        icon-menu
        Regional Nachrichten

        Neue Brücke über den Fluss nach drei Jahren Bauzeit freigegeben

        Die neue Brücke über den Fluss ist am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben worden, wie die Stadtverwaltung mitteilte.

        0
        57

        „Wir haben lange darauf gewartet“, sagte der Bürgermeister bei der Eröffnung vor zahlreichen Gästen.

        Siehe auch  Hochwasser: Stadt warnt Anwohner vor steigenden Pegeln

        Die Baukosten lagen mit 40 Millionen Euro etwas über der ursprünglichen Schätzung.

        Der alte Übergang soll im nächsten Jahr abgerissen werden, damit dort ein Park entstehen kann.

        Stadtmagazin Aktuell

        Stadtmagazin Aktuell ist das Magazin für alle Nachrichten aus der Region, mit Berichten, Analysen und Terminen.

        Ähnliche Artikel

        Schließen

        Adblocker erkannt

        Bitte deaktiviere deinen Adblocker.
        """;

    [Fact]
    public void Clean_GermanScrape_KeepsEverySentenceAndDropsBoilerplate()
    {
        var result = Cleaner.Clean(German);
        Assert.Equal("Neue Brücke über den Fluss nach drei Jahren Bauzeit freigegeben", result.Title);
        Assert.Equal(
            [
                "Die neue Brücke über den Fluss ist am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben worden, wie die Stadtverwaltung mitteilte.",
                "„Wir haben lange darauf gewartet“, sagte der Bürgermeister bei der Eröffnung vor zahlreichen Gästen.",
                "Die Baukosten lagen mit 40 Millionen Euro etwas über der ursprünglichen Schätzung.",
                "Der alte Übergang soll im nächsten Jahr abgerissen werden, damit dort ein Park entstehen kann.",
            ],
            result.Paragraphs);
    }

    [Fact]
    public void Clean_TitleWithSiteSuffix_SplitsTitleAndSite()
    {
        var result = Cleaner.Clean("""
            Der Rat beschließt den Haushalt für das kommende Jahr – STADTBLATT

            Der Stadtrat hat am Abend den Haushalt für das kommende Jahr beschlossen, nach einer langen und kontroversen Debatte.

            Die Opposition stimmte geschlossen dagegen.


            source site

            Leave a Reply
            """);
        Assert.Equal("Der Rat beschließt den Haushalt für das kommende Jahr", result.Title);
        Assert.Equal("STADTBLATT", result.Site);
        Assert.Equal(2, result.Paragraphs.Count);
    }

    [Fact]
    public void Clean_RomanianWithoutHeadline_KeepsFirstSentence()
    {
        var text = """
            Ministrul a anunțat marți că lucrările la noua autostradă vor începe în primăvară, după finalizarea licitației.

            Proiectul are o lungime de peste o sută de kilometri și va lega două regiuni importante.

            Lasă un comentariu

            Adresa ta de email nu va fi publicată.
            """;
        var result = Cleaner.Clean(text);
        Assert.Null(result.Title);
        Assert.Equal(2, result.Paragraphs.Count);
        Assert.StartsWith("Ministrul a anunțat marți", result.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CommentHeadingEarlyInText_DropsOnlyTheLine()
    {
        var text = "Comments\n\nThe council met on Tuesday to discuss the new budget for schools and roads in the district.\n\nA decision is expected next week.";
        var result = Cleaner.Clean(text);
        Assert.Equal(2, result.Paragraphs.Count);
    }

    [Fact]
    public void Clean_SubheadingInsideArticle_IsKept()
    {
        var text = "The first paragraph of the report explains what happened in the city on Monday morning.\n\nReactions abroad\n\n" +
                   "Foreign ministers reacted within hours and called for calm on all sides of the conflict.\n\nThe talks continue on Friday.";
        Assert.Contains("Reactions abroad", Cleaner.Clean(text).Paragraphs);
    }
}
