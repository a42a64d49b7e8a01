using Caravan.Pipeline.Ingestion;

namespace Caravan.Cluster.Hosting;

/// <summary>
/// What a starting node processes to warm up (<see cref="NodeWarmUp"/>): a web page and plain-text reports in the
/// languages with their own models, so that each input kind's extraction and each language's path through the stages
/// (tokens, NER model, quote cues, numbers) runs before the first batch. Written for this purpose.
/// </summary>
internal static class WarmUpDocuments
{
    private const string Page = """
        <html><head><title>Warm-up: talks in Astana</title></head><body><article>
        <h1>Talks in Astana</h1><p>Published 3 March 2025.</p>
        <p>President Kassym-Jomart Tokayev met Chancellor Olaf Scholz in Astana on Monday. "We agreed on a new
        rail corridor," Tokayev said after the meeting. Scholz said Germany would support the project.</p>
        <p>Президент Касым-Жомарт Токаев встретился с канцлером Олафом Шольцем в Астане. «Мы договорились», — сказал Токаев.</p>
        </article></body></html>
        """;

    private static readonly (string Name, string Text)[] Reports =
    [
        ("en", """
            Port strike ends in Rotterdam

            Dock workers in Rotterdam went back to work on Tuesday, 14 May 2025, after a four-day strike. "The agreement protects 1,200 jobs," union leader Maria de Vries said. Transport minister Barry Madlener welcomed the deal.
            """),
        ("de", """
            Neue Elbbrücke in Dresden eröffnet

            Oberbürgermeister Dirk Hilbert hat am 12. Juni 2025 die neue Elbbrücke in Dresden eröffnet. „Wir haben drei Jahre auf diesen Tag gewartet“, sagte Hilbert. Die Baukosten lagen bei 48 Millionen Euro.
            """),
        ("fr", """
            Grève des contrôleurs aériens à Marseille

            Les contrôleurs aériens de Marseille ont cessé le travail le 5 avril 2025. « Nous demandons seulement des effectifs suffisants », a déclaré Sophie Laurent, porte-parole du syndicat. Le ministre Philippe Tabarot a appelé au dialogue.
            """),
        ("ro", """
            Un nou spital regional la Cluj

            Ministrul Sănătății, Alexandru Rogobete, a anunțat joi, 20 martie 2025, începerea lucrărilor la spitalul regional din Cluj-Napoca. „Proiectul va fi gata în patru ani”, a spus Rogobete. Investiția depășește 500 de milioane de euro.
            """),
        ("ru", """
            Новый мост через Иртыш

            Губернатор Омской области Виталий Хоценко открыл 2 сентября 2025 года новый мост через Иртыш. «Мост сократит путь до центра на двадцать минут», — сказал Хоценко. Строительство обошлось в 9 миллиардов рублей.
            """),
        ("es", """
            Nueva línea de metro en Madrid

            La presidenta Isabel Díaz Ayuso inauguró el 8 de octubre de 2025 la nueva línea de metro de Madrid. «Es la mayor obra de la región en una década», dijo Díaz Ayuso. El proyecto costó 1.200 millones de euros.
            """),
    ];

    /// <summary>The page, then one plain-text report per language.</summary>
    public static ImmutableArray<RawDocument> All { get; } =
    [
        Document("warm-up", "warm-up.html", SourceKind.Html, Page),
        .. Reports.Select(r => Document("warm-up-" + r.Name, "warm-up-" + r.Name + ".txt", SourceKind.PlainText, r.Text)),
    ];

    private static RawDocument Document(string id, string path, SourceKind kind, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new RawDocument(id, new SourceInfo(path, null, kind), bytes, ContentChecks.Hash(bytes), DocumentHints.None);
    }
}
