using System.Globalization;

namespace Caravan.Tests.Search;

/// <summary>
/// A small processed corpus written for the search tests: one actor in three spellings and scripts
/// (Tokajew, Tokayev, Токаев), another actor, four languages, sites, stories and dates.
/// </summary>
internal static class SearchCorpus
{
    public static Article Article(string id, string language, string title, string text, string site, string story, string date, params (string Surface, string ActorId)[] mentions)
    {
        var spans = mentions.Select(m =>
        {
            var start = text.IndexOf(m.Surface, StringComparison.Ordinal);
            return new Mention(new TextSpan(start, start + m.Surface.Length), m.Surface, EntityType.Per, m.Surface.ToLowerInvariant(), m.ActorId);
        });
        return Caravan.Testing.Articles.WithText(id, text, language, title) with
        {
            Site = site,
            StoryId = story,
            Published = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Mentions = [.. spans],
        };
    }

    public static CorpusResult Create()
    {
        Article[] articles =
        [
            Article("de-tokajew", "de", "Tokajew empfängt Delegation",
                "Präsident Tokajew hat am Montag in Astana eine Delegation empfangen.\n\nDie Gespräche über die neue Pipeline dauerten bis zum Abend.",
                "zeitung.de", "s1", "2024-03-04", ("Tokajew", "A1")),
            Article("en-tokayev", "en", "Tokayev hosts pipeline talks",
                "President Tokayev hosted a delegation in Astana on Monday.\n\nThe talks on the new pipeline lasted until the evening.",
                "wire.example", "s1", "2024-03-04", ("Tokayev", "A1")),
            Article("ru-tokaev", "ru", "Токаев принял делегацию",
                "Президент Токаев принял делегацию в Астане в понедельник.\n\nПереговоры о новом трубопроводе продолжались до вечера.",
                "gazeta.ru", "s1", "2024-03-05", ("Токаев", "A1")),
            Article("en-blinken", "en", "Blinken in Paris",
                "Antony Blinken travelled to Paris for talks on the drought.\n\nThe meeting lasted two hours.",
                "wire.example", "s2", "2024-05-10", ("Antony Blinken", "A2")),
            Article("ro-seceta", "ro", "Seceta lovește Moldova",
                "Seceta din acest an a afectat recoltele din Moldova.\n\nFermierii cer ajutoare de la guvern.",
                "ziar.ro", "s3", "2024-06-01"),
        ];
        Actor[] actors =
        [
            new("A1", "Kassym-Jomart Tokayev", EntityType.Per,
                [new("Tokajew", "de", 1), new("Tokayev", "en", 1), new("Токаев", "ru", 1)], ["de-tokajew", "en-tokayev", "ru-tokaev"], 3),
            new("A2", "Antony Blinken", EntityType.Per, [new("Antony Blinken", "en", 1)], ["en-blinken"], 1),
        ];
        return new CorpusResult([.. articles], [], [.. actors], []);
    }
}
