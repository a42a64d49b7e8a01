using System.Text.Json;
using Caravan.Core.Errors;
using Caravan.Pipeline.Stages.Entities;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Country names that ICU/CLDR lacks, from Debian's iso-codes: each ISO 3166-1 entry's name, official name and common
/// name ("Russian Federation", "Republic of Kazakhstan") and their translations into the gazetteer's display languages
/// ("Russische Föderation", "Republica Kazakhstan", "Российская Федерация", "Wit-Rusland"), read from the compiled
/// catalogues <c>&lt;locales&gt;/&lt;lang&gt;/LC_MESSAGES/iso_3166-1.mo</c>. Names ICU already gives, inverted list forms
/// ("Korea, Republic of") and names two countries share are left out. Written as
/// <c>Languages/xx/country-names.txt</c> (<c>CODE|name|name...</c>), which the actor keys read.
/// </summary>
public static class CountryNameTrainer
{
    public const string Domain = "iso_3166-1";

    private static readonly string[] Fields = ["name", "official_name", "common_name"];

    /// <summary>Region code to the names the gazetteer lacks, codes and names in a fixed order.</summary>
    public static SortedDictionary<string, List<string>> Build(string isoCodesJson, string localeDirectory, IEnumerable<string> locales, TextWriter? log)
    {
        var countries = Countries(Path.Combine(isoCodesJson, Domain + ".json"));
        var known = IcuGazetteer.CldrPlaces;
        var byPhrase = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var names = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);

        void Add(string code, string name)
        {
            var phrase = IcuGazetteer.Phrase(name);
            if (phrase.Length == 0 || name.Contains(',', StringComparison.Ordinal) || name.Contains('(', StringComparison.Ordinal) || known.TryGet(phrase, out _))
            {
                return;
            }

            if (byPhrase.TryGetValue(phrase, out var other))
            {
                if (!string.Equals(other, code, StringComparison.Ordinal))
                {
                    shared.Add(phrase);
                }

                return;
            }

            byPhrase[phrase] = code;
            if (!names.TryGetValue(code, out var list))
            {
                names[code] = list = [];
            }

            list.Add(name);
        }

        foreach (var (code, originals) in countries)
        {
            foreach (var original in originals)
            {
                Add(code, original);
            }
        }

        foreach (var locale in locales)
        {
            if (Catalogue(localeDirectory, locale) is not { } path)
            {
                log?.WriteLine($"no {Domain} catalogue for '{locale}' under {localeDirectory}");
                continue;
            }

            var messages = MessageCatalog.Read(path);
            foreach (var (code, originals) in countries)
            {
                foreach (var original in originals)
                {
                    if (messages.TryGetValue(original, out var translated) && translated.Length > 0)
                    {
                        Add(code, translated);
                    }
                }
            }
        }

        foreach (var list in names.Values)
        {
            list.RemoveAll(name => shared.Contains(IcuGazetteer.Phrase(name)));
        }

        foreach (var code in names.Where(kv => kv.Value.Count == 0).Select(kv => kv.Key).ToList())
        {
            names.Remove(code);
        }

        log?.WriteLine($"{names.Values.Sum(l => l.Count)} names of {names.Count} countries; {shared.Count} names shared by two countries left out");
        return names;
    }

    /// <summary>Writes the header and one <c>CODE|name|name...</c> line per country.</summary>
    public static void Write(SortedDictionary<string, List<string>> names, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Country names ICU/CLDR lacks (official and common names, older and other spellings), all languages in one file.");
        writer.WriteLine("# From Debian's iso-codes (iso_3166-1.json and its iso_3166-1.mo translations; LGPL-2.1-or-later, by the");
        writer.WriteLine("# iso-codes maintainers and the Translation Project's translators). Generated: caravan train gazetteer.");
        writer.WriteLine("# Each line: ISO 3166-1 code|name|name|...");
        foreach (var (code, list) in names)
        {
            writer.WriteLine(code + "|" + string.Join('|', list));
        }
    }

    /// <summary>The compiled catalogue of a locale: its own folder, else its first regional variant ("zh" -> "zh_CN").</summary>
    private static string? Catalogue(string localeDirectory, string locale)
    {
        var file = Path.Combine("LC_MESSAGES", Domain + ".mo");
        var own = Path.Combine(localeDirectory, locale, file);
        if (File.Exists(own))
        {
            return own;
        }

        return Directory.Exists(localeDirectory)
            ? Directory.GetDirectories(localeDirectory, locale + "_*").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists)
            : null;
    }

    /// <summary>Each country's alpha-2 code and its English names, in file order.</summary>
    private static List<(string Code, List<string> Names)> Countries(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var countries = new List<(string, List<string>)>();
            foreach (var entry in json.RootElement.GetProperty("3166-1").EnumerateArray())
            {
                var names = Fields
                    .Where(f => entry.TryGetProperty(f, out var value) && value.ValueKind == JsonValueKind.String)
                    .Select(f => entry.GetProperty(f).GetString()!)
                    .ToList();
                countries.Add((entry.GetProperty("alpha_2").GetString()!, names));
            }

            return countries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: iso-codes list cannot be read ({e.Message}); install Debian's iso-codes or pass --iso-codes", e);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CaravanException(ErrorCode.InvalidRecord, $"{path}: not an iso-codes ISO 3166-1 list ({e.Message})", e);
        }
    }
}
