using Caravan.Core.Errors;
using Caravan.Pipeline.Training;

namespace Caravan.Tests.Pipeline.Training;

public class CountryNameTrainerTests
{
    private const string Countries = """
        {"3166-1": [
          {"alpha_2": "DE", "name": "Germany", "official_name": "Federal Republic of Germany"},
          {"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea"},
          {"alpha_2": "RU", "name": "Russian Federation"},
          {"alpha_2": "XA", "name": "Atlantis", "official_name": "Republic of Atlantis"},
          {"alpha_2": "XB", "name": "Atlantis Minor", "official_name": "Republic of Atlantis"}
        ]}
        """;

    private static SortedDictionary<string, List<string>> Build(TempDirectory dir, string locale)
    {
        dir.File("json/iso_3166-1.json", Countries);
        dir.File($"locale/{locale}/LC_MESSAGES/iso_3166-1.mo", MessageCatalogs.Build(
        [
            ("Germany", "Deutschland"),
            ("Federal Republic of Germany", "Bundesrepublik Deutschland"),
            ("Russian Federation", "Russische Föderation"),
            ("Korea, Republic of", "Korea, Republik"),
        ]));
        return CountryNameTrainer.Build(Path.Combine(dir.Path, "json"), Path.Combine(dir.Path, "locale"), ["de"], null);
    }

    [Fact]
    public void Build_KeepsOfficialNamesAndTranslationsCldrLacks()
    {
        using var dir = new TempDirectory();
        var names = Build(dir, "de");
        Assert.Equal(["Federal Republic of Germany", "Bundesrepublik Deutschland"], names["DE"]);
        Assert.Equal(["Russian Federation", "Russische Föderation"], names["RU"]);
    }

    [Fact]
    public void Build_LeavesOutCldrNamesInvertedListFormsAndSharedNames()
    {
        using var dir = new TempDirectory();
        var names = Build(dir, "de");
        Assert.DoesNotContain("Germany", names["DE"]);
        Assert.DoesNotContain("Deutschland", names["DE"]);
        Assert.False(names.ContainsKey("KR"), string.Join('|', names.GetValueOrDefault("KR") ?? []));
        Assert.Equal(["Atlantis"], names["XA"]);
        Assert.Equal(["Atlantis Minor"], names["XB"]);
    }

    [Fact]
    public void Build_RegionalCatalogue_StandsInForTheLanguage()
    {
        using var dir = new TempDirectory();
        Assert.Contains("Russische Föderation", Build(dir, "de_AT")["RU"]);
    }

    [Fact]
    public void Write_OneLinePerCountry_ReadBackByTheGazetteerFormat()
    {
        using var dir = new TempDirectory();
        using var writer = new StringWriter { NewLine = "\n" };
        CountryNameTrainer.Write(Build(dir, "de"), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal("DE|Federal Republic of Germany|Bundesrepublik Deutschland", lines[0]);
        Assert.Equal(["DE", "RU", "XA", "XB"], lines.Select(l => l.Split('|')[0]));
    }

    [Fact]
    public void Build_MissingList_NamesTheFileAndTheFix()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<CaravanException>(() => CountryNameTrainer.Build(dir.Path, dir.Path, ["de"], null));
        Assert.Equal(ErrorCode.InputUnreadable, error.Code);
        Assert.Contains("iso_3166-1.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("--iso-codes", error.Message, StringComparison.Ordinal);
    }
}
