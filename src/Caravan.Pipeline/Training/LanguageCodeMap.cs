using System.Globalization;

namespace Caravan.Pipeline.Training;

/// <summary>
/// Maps the ISO 639-3 codes of corpus file names ("deu", "zho_Hans", "aze-Latn") to the codes Caravan
/// uses (ISO 639-1 where one exists). Individual languages that corpora use in place of their
/// macrolanguage ("arb" Standard Arabic, "zsm" Malay...) are listed explicitly.
/// </summary>
public static class LanguageCodeMap
{
    private static readonly Dictionary<string, string> Individual = new(StringComparer.Ordinal)
    {
        ["arb"] = "ar", ["zsm"] = "ms", ["pes"] = "fa", ["swh"] = "sw", ["khk"] = "mn", ["ekk"] = "et",
        ["lvs"] = "lv", ["npi"] = "ne", ["ory"] = "or", ["plt"] = "mg", ["azj"] = "az", ["uzn"] = "uz",
        ["gaz"] = "om", ["als"] = "sq", ["ydd"] = "yi", ["quy"] = "qu", ["cmn"] = "zh", ["nob"] = "nb",
        ["nno"] = "nn", ["msa"] = "ms", ["fas"] = "fa", ["tgk"] = "tg", ["kmr"] = "ku",
    };

    private static readonly Lazy<Dictionary<string, string>> FromCultures = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            var three = culture.ThreeLetterISOLanguageName;
            var two = culture.TwoLetterISOLanguageName;
            if (three.Length == 3 && two.Length == 2)
            {
                map.TryAdd(three, two);
            }
        }

        return map;
    });

    /// <summary>The Caravan code for a corpus code such as "deu", "zho_Hans" or "eng-GB".</summary>
    public static string ToCaravan(string corpusCode)
    {
        ArgumentNullException.ThrowIfNull(corpusCode);
        var cut = corpusCode.IndexOfAny(['-', '_']);
        var baseCode = (cut > 0 ? corpusCode[..cut] : corpusCode).ToLowerInvariant();
        if (Individual.TryGetValue(baseCode, out var code) || FromCultures.Value.TryGetValue(baseCode, out code))
        {
            return code;
        }

        return baseCode;
    }
}
