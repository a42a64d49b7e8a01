using System.Globalization;
using System.Text;

namespace Caravan.Testing;

/// <summary>
/// Deterministic synthetic news articles in de/en/ro/ru/fr, for load, crash and scale tests: events
/// (an actor, a place, an action, a number) written from per-language templates with quotes.
/// Not real news; sized like short wire stories (150-300 words).
/// </summary>
public static class GeneratedCorpus
{
    private static readonly string[] People = ["Katharina Albers", "Nurlan Ermekbayev", "Antony Blinken", "Elena Vlădescu", "Pierre Lemaire", "Olga Lebedeva", "Tomasz Nowak", "Aigerim Sadykova"];
    private static readonly string[] Places = ["Astana", "Bukarest", "Taschkent", "Brüssel", "Paris", "Iași", "Almaty", "Wien"];
    private static readonly string[] Topics = ["Pipeline", "Hochwasser", "Chipfabrik", "Zinsentscheidung", "Sanktionen", "Wahlen", "Handelsabkommen", "Dürre"];

    private static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
    {
        ["de"] = ["{0} ist am {3}. März in {1} eingetroffen, um über {2} zu sprechen.", "„Wir stehen erst am Anfang“, sagte {0} nach dem Treffen.", "Nach Angaben der Regierung geht es um {4} Millionen Euro.", "Kritiker warnten vor zu hohen Erwartungen an das Projekt.", "Die Gespräche sollen im Sommer in {1} fortgesetzt werden."],
        ["en"] = ["{0} arrived in {1} on March {3} for talks on the {2}.", "\"We are only at the beginning,\" {0} said after the meeting.", "According to the government, {4} million euros are at stake.", "Critics warned against expecting too much from the project.", "The talks are due to resume in {1} in the summer."],
        ["ro"] = ["{0} a sosit la {1} pe {3} martie pentru discuții despre {2}.", "„Suntem abia la început”, a declarat {0} după întâlnire.", "Potrivit guvernului, este vorba de {4} de milioane de euro.", "Criticii au avertizat împotriva unor așteptări prea mari.", "Discuțiile vor continua la {1} în vară."],
        ["ru"] = ["{0} прибыл в {1} {3} марта для переговоров о проекте {2}.", "«Мы только в начале пути», — заявил {0} после встречи.", "По данным правительства, речь идёт о {4} миллионах евро.", "Критики предостерегли от завышенных ожиданий.", "Переговоры продолжатся в {1} летом."],
        ["fr"] = ["{0} est arrivé à {1} le {3} mars pour discuter du projet {2}.", "« Nous n'en sommes qu'au début », a déclaré {0} après la réunion.", "Selon le gouvernement, {4} millions d'euros sont en jeu.", "Les critiques ont mis en garde contre des attentes trop élevées.", "Les discussions reprendront à {1} cet été."],
    };

    /// <summary>(file name, text) pairs: "gen-00042-de.txt", first line a headline.</summary>
    public static IEnumerable<(string Name, string Text)> Articles(int count, int seed)
    {
        var random = new Random(seed);
        string[] languages = ["de", "en", "ro", "ru", "fr"];
        for (var i = 0; i < count; i++)
        {
            var language = languages[random.Next(languages.Length)];
            var eventId = random.Next(Math.Max(1, count / 5));
            var person = People[eventId % People.Length];
            var place = Places[eventId / People.Length % Places.Length];
            var topic = Topics[eventId % Topics.Length];
            var day = (1 + eventId % 28).ToString(CultureInfo.InvariantCulture);
            var amount = (10 + eventId * 7 % 900).ToString(CultureInfo.InvariantCulture);
            var text = new StringBuilder();
            text.Append(person).Append(": ").Append(topic).Append(' ').Append(place).Append("\n\n");
            var templates = Templates[language];
            var paragraphs = 3 + random.Next(4);
            for (var p = 0; p < paragraphs; p++)
            {
                for (var s = 0; s < 2; s++)
                {
                    var template = templates[(p * 2 + s + random.Next(2)) % templates.Length];
                    text.Append(string.Format(CultureInfo.InvariantCulture, template, person, place, topic, day, amount)).Append(' ');
                }

                text.Append(FormattableString.Invariant($"(Meldung {i}, Absatz {p}.)")).Append("\n\n");
            }

            yield return (FormattableString.Invariant($"gen-{i:D5}-{language}.txt"), text.ToString());
        }
    }
}
