using System.Globalization;
using Caravan.Core.Languages;
using ICU4N.Globalization;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Builds the country gazetteer from ICU/CLDR display names (ICU4N's CultureDisplayNames; .NET's own
/// RegionInfo does not localise on Linux, see NOTES.md): every region's name in every display
/// language listed in <c>Languages/xx/display-locales.txt</c>, plus every language's name
/// ("Russian", "Kasachisch", "rusă") pointing at the country where that language is most likely spoken.
/// </summary>
public static class IcuGazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Build);

    /// <summary>The gazetteer built once per process (about 20k phrases, built in well under a second).</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>
    /// <see cref="Default"/> plus the capitals' exonyms of <c>Languages/xx/capitals.txt</c>
    /// ("Moskau", "Moscova" -> "@moscow"), world regions, and the country names of <c>Languages/xx/country-names.txt</c>
    /// that CLDR lacks ("Russische Föderation", "Republica Kazakhstan", from iso-codes), and CLDR's short country names
    /// ("S.U.A.", "США", "UK"; see <see cref="ShortNames"/>): for actor keys only, so the tagger's features stay as trained.
    /// </summary>
    public static Gazetteer WithCapitals => SharedWithCapitals.Value;

    /// <summary><see cref="WithCapitals"/> without the iso-codes names: what <c>caravan train gazetteer</c> adds to.</summary>
    public static Gazetteer CldrPlaces => SharedCldrPlaces.Value;

    private static readonly Lazy<Gazetteer> SharedWithCapitals = new(() => new Gazetteer(CldrPhrases().Concat(ShortNames()).Concat(CountryNames())));

    private static readonly Lazy<Gazetteer> SharedCldrPlaces = new(() => new Gazetteer(CldrPhrases()));

    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> CldrPhrases() => Phrases().Concat(Capitals()).Concat(WorldRegions());

    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> CountryNames() =>
        Listed("country-names", code => new GazetteerEntry(GazetteerKind.Country, code));

    /// <summary>The names of a <c>Languages/xx/</c> list of <c>key|name|name...</c> lines, each with its key's entry.</summary>
    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> Listed(string file, Func<string, GazetteerEntry> entryOf)
    {
        foreach (var line in LanguageData.Lines("xx", file))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var entry = entryOf(names[0]);
            foreach (var name in names.Skip(1))
            {
                yield return new(Phrase(name), entry);
            }
        }
    }

    /// <summary>
    /// CLDR's short names of countries in every display language, where they differ from the full name: the initialisms
    /// news writes ("USA", "S.U.A.", "США", "АҚШ", "UK") and the shorter forms ("Palästina", "Hongkong"). A name of single
    /// letters cut by dots ("S.U.A.", "É.-U.") also stands written without them ("SUA"), as headlines do.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> ShortNames()
    {
        var shortLength = new DisplayContextOptions { DisplayLength = DisplayLength.Short };
        foreach (var locale in LanguageData.Lines("xx", "display-locales"))
        {
            var full = CultureDisplayNames.GetInstance(new UCultureInfo(locale));
            var names = CultureDisplayNames.GetInstance(new UCultureInfo(locale), shortLength);
            foreach (var region in Regions.Value)
            {
                var name = names.GetRegionDisplayName(region);
                if (string.IsNullOrWhiteSpace(name) || string.Equals(name, region, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, full.GetRegionDisplayName(region), StringComparison.Ordinal))
                {
                    continue;
                }

                var entry = new GazetteerEntry(GazetteerKind.Country, region);
                yield return new(Phrase(name), entry);
                if (Undotted(name) is { } letters)
                {
                    yield return new(Phrase(letters), entry);
                }
            }
        }
    }

    /// <summary>"S.U.A." -> "SUA", "É.-U." -> "ÉU": the letters of a name whose words are all single letters; else null.</summary>
    internal static string? Undotted(string name)
    {
        var words = EntityKeys.Words(name);
        return words.Count > 1 && words.All(w => w.Length == 1) ? string.Concat(words) : null;
    }

    /// <summary>UN M49 world regions that news names as actors ("Zentralasien", "Asia Centrală"), from CLDR too.</summary>
    private static readonly string[] RegionCodes =
        ["002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "142", "143", "145", "150", "151", "154", "155", "419"];

    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> WorldRegions() =>
        LanguageData.Lines("xx", "display-locales").SelectMany(WorldRegions);

    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> WorldRegions(string locale)
    {
        var names = CultureDisplayNames.GetInstance(new UCultureInfo(locale));
        foreach (var region in RegionCodes)
        {
            var name = names.GetRegionDisplayName(region);
            if (!string.IsNullOrWhiteSpace(name) && !string.Equals(name, region, StringComparison.Ordinal))
            {
                yield return new(Phrase(name), new GazetteerEntry(GazetteerKind.Place, region));
            }
        }
    }

    /// <summary>
    /// The places one language names: countries and world regions in that language (ICU/CLDR), and the capitals'
    /// exonyms of every language (<c>Languages/xx/capitals.txt</c> does not say which language spells which).
    /// </summary>
    public static Gazetteer PlacesIn(string locale)
    {
        var names = CultureDisplayNames.GetInstance(new UCultureInfo(locale));
        var countries = new List<KeyValuePair<string, GazetteerEntry>>();
        foreach (var region in Regions.Value)
        {
            Add(countries, names.GetRegionDisplayName(region), region, new GazetteerEntry(GazetteerKind.Country, region));
        }

        return new Gazetteer(countries.Concat(WorldRegions(locale)).Concat(Capitals()));
    }

    private static Gazetteer Build() => new(Phrases());

    private static IEnumerable<KeyValuePair<string, GazetteerEntry>> Capitals() =>
        Listed("capitals", key => new GazetteerEntry(GazetteerKind.Place, string.Join('-', EntityKeys.Words(key))));

    private static readonly Lazy<List<string>> Regions = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => RegionOf(c.Name))
        .Where(r => r.Length == 2 && char.IsLetter(r[0]))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList());

    private static List<KeyValuePair<string, GazetteerEntry>> Phrases()
    {
        var regions = Regions.Value;
        var languages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Select(c => c.TwoLetterISOLanguageName)
            .Where(l => l.Length == 2)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var phrases = new List<KeyValuePair<string, GazetteerEntry>>();
        foreach (var locale in LanguageData.Lines("xx", "display-locales"))
        {
            var names = CultureDisplayNames.GetInstance(new UCultureInfo(locale));
            foreach (var region in regions)
            {
                Add(phrases, names.GetRegionDisplayName(region), region, new GazetteerEntry(GazetteerKind.Country, region));
            }

            foreach (var language in languages)
            {
                var country = UCultureInfo.AddLikelySubtags(new UCultureInfo(language)).Country;
                if (!string.IsNullOrEmpty(country))
                {
                    Add(phrases, names.GetLanguageDisplayName(language), language, new GazetteerEntry(GazetteerKind.Nationality, country));
                }
            }
        }

        return phrases;
    }

    private static void Add(List<KeyValuePair<string, GazetteerEntry>> into, string? name, string code, GazetteerEntry entry)
    {
        // ICU answers the code itself when it has no name.
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name, code, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        into.Add(new(Phrase(name), entry));
    }

    /// <summary>The lookup form of a name: its tokens, lowercased, joined by single spaces.</summary>
    public static string Phrase(string name) =>
        string.Join(' ', EntityKeys.Words(name));

    private static string RegionOf(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName).TwoLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return "";
        }
    }
}
