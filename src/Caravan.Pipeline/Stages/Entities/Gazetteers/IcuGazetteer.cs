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

    private static Gazetteer Build()
    {
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => RegionOf(c.Name))
            .Where(r => r.Length == 2 && char.IsLetter(r[0]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
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

        return new Gazetteer(phrases);
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
