using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class AcronymLinksTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.Default);

    /// <summary>Mentions of the given names at their first places in the text after the previous one.</summary>
    internal static List<Mention> Mentions(string text, string language, params (string Surface, EntityType Type)[] names)
    {
        var mentions = new List<Mention>();
        var from = 0;
        foreach (var (surface, type) in names)
        {
            var start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(start >= 0, surface);
            mentions.Add(new Mention(new TextSpan(start, start + surface.Length), surface, type, Keys.Key(surface, language)));
            from = start + surface.Length;
        }

        return mentions;
    }

    private static Dictionary<string, string> Links(string text, string language, params (string Surface, EntityType Type)[] names)
    {
        var mentions = Mentions(text, language, names);
        return AcronymLinks.Find(text, mentions).ToDictionary(l => l.Key, l => mentions[l.Value].Surface);
    }

    [Fact]
    public void Find_NameThenAcronymInParentheses_LinksThem()
    {
        var links = Links("Nach dem Dammbruch schickt das Technische Hilfswerk (THW) zwölf Pumpen. Das THW meldet Erfolg.", "de",
            ("Technische Hilfswerk", EntityType.Org), ("THW", EntityType.Org), ("THW", EntityType.Org));
        Assert.Equal("Technische Hilfswerk", links[Keys.Key("THW", "de")]);
    }

    [Fact]
    public void Find_AcronymOfTheInitials_LinksTheName()
    {
        Assert.Equal("Caspian Pipeline Consortium", Links(
            "Exports through the CPC fell. The Caspian Pipeline Consortium blamed the storm.", "en",
            ("CPC", EntityType.Org), ("Caspian Pipeline Consortium", EntityType.Org)).Single().Value);
        Assert.Equal("Каспийский трубопроводный консорциум", Links(
            "Каспийский трубопроводный консорциум сообщил о ремонте. Экспорт через КТК упал.", "ru",
            ("Каспийский трубопроводный консорциум", EntityType.Org), ("КТК", EntityType.Org)).Single().Value);
        // Initials of the capitalised words: the function words "pentru" and "de" do not count.
        Assert.Equal("Inspectoratul General pentru Situații de Urgență", Links(
            "Potrivit Inspectoratul General pentru Situații de Urgență, apa scade. IGSU a trimis pompe.", "ro",
            ("Inspectoratul General pentru Situații de Urgență", EntityType.Org), ("IGSU", EntityType.Org)).Single().Value);
    }

    [Fact]
    public void Find_NameCutFromTheFirstLettersOfAnother_LinksIt()
    {
        Assert.Equal("Национальный банк Казахстана", Links(
            "Национальный банк Казахстана сохранил ставку. Нацбанк объявит решение в июле.", "ru",
            ("Национальный банк Казахстана", EntityType.Org), ("Нацбанк", EntityType.Org)).Single().Value);
        Assert.Equal("Министерство финансов", Links(
            "Министерство финансов ответило. Минфин ждёт.", "ru",
            ("Министерство финансов", EntityType.Org), ("Минфин", EntityType.Org)).Single().Value);
        // Not cut from the first word on, one word only, and two names it could be cut from.
        Assert.Empty(Links("Национальный банк ответил. Банк ждёт.", "ru",
            ("Национальный банк", EntityType.Org), ("Банк", EntityType.Org)));
        Assert.Empty(Links("Газпром нефть ответила. Газпром ждёт.", "ru",
            ("Газпром нефть", EntityType.Org), ("Газпром", EntityType.Org)));
        Assert.Empty(Links("Национальный банк Казахстана и Национальный банк Украины. Нацбанк ждёт.", "ru",
            ("Национальный банк Казахстана", EntityType.Org), ("Национальный банк Украины", EntityType.Org), ("Нацбанк", EntityType.Org)));
    }

    [Fact]
    public void Find_NoEvidence_LinksNothing()
    {
        // A dateline in capitals, a person, initials that fit two names, and no initials at all.
        Assert.Empty(Links("NEW YORK (AP) The markets fell.", "en", ("NEW YORK", EntityType.Loc), ("AP", EntityType.Org)));
        Assert.Empty(Links("Said Maria Ionescu (MI) at noon.", "en", ("Maria Ionescu", EntityType.Per), ("MI", EntityType.Org)));
        Assert.Empty(Links("The National Bank and the New Brotherhood met; NB said so.", "en",
            ("National Bank", EntityType.Org), ("New Brotherhood", EntityType.Org), ("NB", EntityType.Org)));
        Assert.Empty(Links("The Federal Agency for Technical Relief sent pumps. THW said so.", "en",
            ("Federal Agency for Technical Relief", EntityType.Org), ("THW", EntityType.Org)));
    }
}
