using Caravan.Pipeline.Stages.Dedup;
using Caravan.Pipeline.Models;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Stories;

/// <summary>
/// Test articles written for these tests: one flood in Timișoara reported in English, German and
/// Romanian; a similar but distinct flood in Galați (the ECB+ situation); and an unrelated match.
/// </summary>
internal static class StoryTexts
{
    public const string FloodEn =
        "Heavy rain flooded the city of Timisoara on Tuesday, forcing 1,200 residents from their homes.\n\n" +
        "Mayor Dominic Fritz said rescue teams evacuated 340 people by boat from the Fabric district.\n\n" +
        "The river Bega rose 2.4 metres overnight, the national water agency said.\n\n" +
        "Prime Minister Marcel Ciolacu announced 15 million lei in emergency aid for Timisoara.\n\n" +
        "Schools in Timisoara will stay closed until Friday, the county inspectorate said.";

    public const string FloodDe =
        "Heftiger Regen hat am Dienstag die Stadt Timisoara überflutet, 1.200 Einwohner mussten ihre Häuser verlassen.\n\n" +
        "Bürgermeister Dominic Fritz sagte, Rettungsteams hätten 340 Menschen mit Booten aus dem Stadtteil Fabric gebracht.\n\n" +
        "Der Fluss Bega stieg über Nacht um 2,4 Meter, teilte die nationale Wasserbehörde mit.\n\n" +
        "Ministerpräsident Marcel Ciolacu kündigte 15 Millionen Lei Nothilfe für Timisoara an.\n\n" +
        "Die Schulen in Timisoara bleiben bis Freitag geschlossen, teilte die Schulbehörde mit.";

    public const string FloodRo =
        "Ploile abundente au inundat marți orașul Timișoara, iar 1.200 de locuitori au fost nevoiți să își părăsească locuințele.\n\n" +
        "Primarul Dominic Fritz a declarat că echipele de salvare au evacuat 340 de persoane cu bărci din cartierul Fabric.\n\n" +
        "Râul Bega a crescut cu 2,4 metri peste noapte, a anunțat agenția națională a apelor.\n\n" +
        "Premierul Marcel Ciolacu a anunțat un ajutor de urgență de 15 milioane de lei pentru Timișoara.\n\n" +
        "Școlile din Timișoara rămân închise până vineri, a anunțat inspectoratul școlar.";

    public const string OtherFloodEn =
        "Storms flooded the port of Galati on Sunday, driving 800 families out of their houses.\n\n" +
        "Mayor Ionut Pucheanu said firefighters pulled 95 people from the Micro 19 neighbourhood.\n\n" +
        "The Danube climbed 1.1 metres in two days, according to the Apele Romane authority.\n\n" +
        "The government in Bucharest promised 4 million lei for Galati.\n\n" +
        "Classes in Galati were suspended until Wednesday.";

    public const string MatchEn =
        "Rapid Bucharest beat Universitatea Craiova 3-1 on Saturday evening in front of 28,000 fans.\n\n" +
        "Striker Claudiu Petrila scored twice before half-time, and coach Marius Sumudica praised the defence.\n\n" +
        "Rapid now lead the league by four points with eleven games left.";

    /// <summary>The shipped lexicon (models/stories/lexicon), as the product uses it.</summary>
    public static Lexicon Lexicon { get; } = Lexicon.Open(ModelCatalog.Default);

    public static Article Make(string id, string text, string language, DateTimeOffset? published = null) =>
        Articles.WithText(id, text, language) with { Published = published };

    /// <summary>Fingerprinted articles with the shipped lexicon.</summary>
    public static Article Fingerprinted(string id, string text, string language, DateTimeOffset? published = null) =>
        new FingerprintStage(Lexicon).Process(Make(id, text, language, published), CancellationToken.None) is var a
            ? a with { Features = a.Features | ArticleFeatures.Fingerprint }
            : throw new InvalidOperationException();
}
