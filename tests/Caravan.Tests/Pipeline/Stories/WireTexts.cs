namespace Caravan.Tests.Pipeline.Stories;

/// <summary>
/// Test articles written for these tests (issue #6), shaped like the seed articles: two German rewrites
/// of one agency story (a preview of a minister's trip and the report of it, sharing background
/// paragraphs in other words), a Romanian report of the same visit, and two German articles on the same
/// region that are other events (an interview, a forum speech).
/// </summary>
internal static class WireTexts
{
    /// <summary>Agency preview: the minister will visit the three states next week.</summary>
    public const string PreviewDe =
        "Schwedens Außenminister Tomas Lindqvist reist nächste Woche nach Estland, Lettland und Litauen, teilte das Außenministerium in Stockholm am Donnerstag mit.\n\n" +
        "Lindqvist wird am Montag in der estnischen Hauptstadt Tallinn Gespräche führen und danach nach Riga weiterreisen, bevor er zu einem Treffen der Ostseeanrainer in Vilnius fliegt.\n\n" +
        "Estland, Lettland und Litauen erlangten 1991 ihre Unabhängigkeit von der Sowjetunion zurück und traten 2004 der NATO und der Europäischen Union bei.\n\n" +
        "Die drei Staaten haben zusammen rund sechs Millionen Einwohner, darunter eine große russischsprachige Minderheit, vor allem in Lettland und Estland.\n\n" +
        "Estland hat seine Verteidigungsausgaben im vergangenen Jahr auf 3,2 Prozent der Wirtschaftsleistung erhöht, mehr als jedes andere Mitglied des Bündnisses.\n\n" +
        "Die Ostsee-Pipeline Balticconnector zwischen Finnland und Estland wurde im Oktober beschädigt, die Ermittler vermuteten einen Anker eines chinesischen Frachters.\n\n" +
        "Auch Deutschland verstärkt seine Präsenz, Verteidigungsminister Boris Pistorius kündigte eine Brigade mit 4.800 Soldaten in Litauen an.";

    /// <summary>Agency report of the visit, repeating the preview's background in other words.</summary>
    public const string ReportDe =
        "Der schwedische Außenminister Tomas Lindqvist hat am Montag in Tallinn mehr Zusammenarbeit bei der Sicherung der Ostsee zugesagt.\n\n" +
        "Lindqvist kündigte gemeinsame Patrouillen von Marineschiffen und einen Fonds von 40 Millionen Euro für den Schutz von Unterseekabeln an.\n\n" +
        "Die estnische Regierungschefin Kaja Kallas begrüßte die Zusage und sprach von einem wichtigen Signal an Moskau.\n\n" +
        "Die baltischen Staaten, die sich 1991 von der Sowjetunion lösten, gehören seit 2004 sowohl der Europäischen Union als auch der NATO an.\n\n" +
        "In Estland und Lettland lebt eine große Minderheit russischsprachiger Menschen, insgesamt zählen die drei Länder etwa sechs Millionen Einwohner.\n\n" +
        "Mit 3,2 Prozent der Wirtschaftsleistung gab Estland im vergangenen Jahr mehr für die Verteidigung aus als jedes andere Land im Bündnis.\n\n" +
        "Im Oktober war die Gasleitung Balticconnector zwischen Estland und Finnland beschädigt worden, Ermittler verdächtigen den Anker eines Frachters aus China.\n\n" +
        "Deutschland will in Litauen eine Brigade mit 4.800 Soldaten stationieren, wie Verteidigungsminister Boris Pistorius angekündigt hatte.\n\n" +
        "Lindqvist reist am Dienstag weiter nach Riga und am Mittwoch nach Vilnius.";

    /// <summary>A Romanian report of the same visit (an independent source).</summary>
    public const string ReportRo =
        "Ministrul suedez de externe, Tomas Lindqvist, a promis luni, la Tallinn, o cooperare mai strânsă pentru securitatea Mării Baltice.\n\n" +
        "Lindqvist a anunțat patrule comune ale navelor militare și un fond de 40 de milioane de euro pentru protecția cablurilor submarine.\n\n" +
        "Premierul estonian Kaja Kallas a salutat angajamentul, pe care l-a numit un semnal important pentru Moscova.\n\n" +
        "Ministrul suedez va merge marți la Riga și miercuri la Vilnius, unde va participa la reuniunea statelor riverane Mării Baltice.\n\n" +
        "Vizita lui Tomas Lindqvist în Estonia, Letonia și Lituania este prima sa vizită în regiune în calitate de ministru de externe al Suediei.\n\n" +
        "Estonia a cheltuit anul trecut 3,2 la sută din produsul intern brut pentru apărare, iar Germania va staționa o brigadă de 4.800 de soldați în Lituania.";

    /// <summary>Another event on the same region: an interview with a deputy minister.</summary>
    public const string InterviewDe =
        "Der lettische Vize-Außenminister Andris Pelšs sagte in einem Interview, die Europäische Union habe den baltischen Staaten geholfen, sich gegen Druck aus Moskau zu behaupten.\n\n" +
        "Lettland werde seine Beziehungen zu Schweden, Finnland und Deutschland weiter ausbauen, sagte Pelšs, zugleich bleibe man ein verlässlicher Partner der NATO.\n\n" +
        "Die Regierung in Riga hatte den Kreml zuvor aufgefordert, die Angriffe auf die Ukraine zu beenden.\n\n" +
        "Der Ausschuss für auswärtige Angelegenheiten des Europäischen Parlaments forderte am Dienstag mehr Geld für die Region an der Ostsee.\n\n" +
        "Die russischsprachige Minderheit in Lettland sei gut integriert, sagte Pelšs, auch wenn Moskau das Gegenteil behaupte.";

    /// <summary>Another event on the same region: a prime minister's forum speech.</summary>
    public const string ForumDe =
        "Die estnische Regierungschefin Kaja Kallas hat auf einem Wirtschaftsforum in Tartu eine engere Integration der baltischen Stromnetze mit Polen gefordert.\n\n" +
        "Estland werde sich bis Februar 2025 vollständig vom russischen Stromnetz BRELL trennen, sagte Kallas vor 600 Unternehmern.\n\n" +
        "Die Trennung koste die drei Länder zusammen etwa 1,6 Milliarden Euro, von denen die Europäische Union 75 Prozent übernehme.\n\n" +
        "Kallas kritisierte zugleich die Netzgebühren, die nach ihren Worten die Industrie in Narva und Sillamäe belasten.\n\n" +
        "Der Betreiber Elering kündigte für Juni einen Probebetrieb im Inselmodus an.";
}
