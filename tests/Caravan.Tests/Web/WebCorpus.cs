using System.Globalization;
using System.Text;

namespace Caravan.Tests.Web;

/// <summary>
/// A small processed corpus written for the web tests: two stories in three languages, an actor in
/// two spellings, a quote, a relation, a wire copy, and hostile markup in a title, a name and a quote.
/// </summary>
internal static class WebCorpus
{
    public const string Hostile = "<script>alert('x')</script>";

    public static CorpusResult Create()
    {
        // Every actor's documents are those that mention it (the stores derive them so): A2 is mentioned in en-summit.
        var en = Article("en-summit", "en", $"Summit opens {Hostile}",
            "President Tokayev opened the water summit in Astana. \"We will share the rivers,\" Tokayev said. Evil Corp sent a delegation.",
            "wire.example", "s1", "2024-03-04", ("Tokayev", "A1"), ("Evil Corp", "A2"));
        en = en with { Quotes = [Quote(en, "We will share the rivers", "Tokayev")] };
        Article[] articles =
        [
            en,
            Article("de-gipfel", "de", "Gipfel in Astana", "Präsident Tokajew eröffnete den Wassergipfel in Astana.", "zeitung.de", "s1", "2024-03-05", ("Tokajew", "A1")),
            Article("en-summit-copy", "en", "Summit opens (copy)", "President Tokayev opened the water summit in Astana. Copy.", "paper.example", "s1", "2024-03-05", ("Tokayev", "A1"))
                with { DuplicateOf = "en-summit" },
            Article("ro-seceta", "ro", "Seceta lovește Moldova", "Seceta din acest an a afectat recoltele din Moldova <b>grav</b>.", "ziar.ro", "s2", "2024-06-01"),
        ];
        Actor[] actors =
        [
            new("A1", "Kassym-Jomart Tokayev", EntityType.Per, [new("Tokayev", "en", 2), new("Tokajew", "de", 1)], ["en-summit", "de-gipfel", "en-summit-copy"], 3),
            new("A2", $"Evil {Hostile} Corp", EntityType.Org, [new($"Evil {Hostile} Corp", "en", 1)], ["en-summit"], 1),
        ];
        Story[] stories =
        [
            new Story("s1", $"Summit opens {Hostile}", "Tokayev opened the water summit.", ["en", "de"], ["en-summit", "de-gipfel", "en-summit-copy"],
                Date("2024-03-04"), Date("2024-03-05"), 2) { Language = "en", Topics = ["politics"] },
            new Story("s2", "Seceta lovește Moldova", "Seceta a afectat recoltele.", ["ro"], ["ro-seceta"], Date("2024-06-01"), Date("2024-06-01"), 1)
                { Language = "ro", Topics = ["environment"] },
        ];
        Relation[] relations = [new("A1", "A2", "04", "consult", ["en-summit"], ["President Tokayev opened the water summit."], 1)];
        return new CorpusResult([.. articles], [.. stories], [.. actors], [.. relations]);
    }

    public static RawDocument Raw(Article article) =>
        new(article.Id, article.Source, Encoding.UTF8.GetBytes(article.Text), article.ContentHash, DocumentHints.None);

    private static Article Article(string id, string language, string title, string text, string site, string story, string date, params (string Surface, string ActorId)[] mentions)
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
            Published = Date(date),
            Mentions = [.. spans],
        };
    }

    private static Quotation Quote(Article article, string words, string speaker)
    {
        var start = article.Text.IndexOf(words, StringComparison.Ordinal);
        var at = article.Text.LastIndexOf(speaker, StringComparison.Ordinal);
        return new Quotation(new TextSpan(start, start + words.Length), true, new TextSpan(at, at + speaker.Length), speaker, EntityType.Per, speaker.ToLowerInvariant());
    }

    private static DateTimeOffset Date(string date) => DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
