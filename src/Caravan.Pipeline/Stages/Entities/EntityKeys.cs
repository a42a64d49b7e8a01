using System.Text;
using Caravan.Core.Text;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Turns a mention's surface into a cross-language matching key: titles stripped ("Präsident",
/// "secretarul de stat"), transliterated to ASCII (AnyAscii: "Токаев" -> "Tokaev"), lowercased and
/// folded by <see cref="PhoneticFold"/> so that German, English and Russian romanisations meet
/// (Tokajew, Tokayev, Tokaev -> "tokaev"). Names of countries and nationalities found in the
/// gazetteer, inflected or not ("Kasachstans", "Kazahstanului", "Russian", "der Russischen Föderation"), become "@" + region code;
/// names of international organisations in any language ("EU", "Евросоюза", "Uniunea Europeană") become
/// the key of their English name (<see cref="OrganisationNames"/>). Thread-safe.
/// </summary>
public sealed class EntityKeys
{
    private readonly Gazetteer _gazetteer;
    private readonly TitleList _titles;
    private readonly OrganisationNames _organisations;

    public EntityKeys(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _titles = TitleList.Default;
        _organisations = OrganisationNames.Default;
    }

    /// <summary>The gazetteer the keys read (countries, and capitals and regions where built with them).</summary>
    public Gazetteer Places => _gazetteer;

    /// <summary>
    /// The key of a mention written in <paramref name="language"/>; empty when nothing name-like is left (a bare title).
    /// A lowercase description before the name is left out (<see cref="OpensWithDescription"/>) unless
    /// <paramref name="keepDescription"/>.
    /// </summary>
    public string Key(string surface, string language, bool keepDescription = false)
    {
        var words = NameWords(surface, language, keepDescription);
        if (words.Count == 0)
        {
            return "";
        }

        if (CountryCode(words, language) is { } code)
        {
            return "@" + code;
        }

        if (OrganisationKey(words, language) is { } organisation)
        {
            return organisation;
        }

        return Folded(words);
    }

    /// <summary>Whether the words are a title or office and nothing else ("ministrul", "purtătorul de cuvânt", "Außenminister").</summary>
    public bool IsTitle(string surface)
    {
        var words = Words(surface);
        return words.Count > 0 && _titles.LeadingTitleLength(words) == words.Count;
    }

    /// <summary>Words transliterated and phonetically folded into a key ("Токаев" -> "tokaev"); words that fold to nothing are left out.</summary>
    internal static string Folded(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => PhoneticFold(Transliterate(w))).Where(w => w.Length > 0));

    /// <summary>
    /// Keys of the surface with one inflection ending of the language removed from its last word
    /// ("Tokajews" -> "tokaev", "Токаева" -> "tokaev"), then, where names inflect in every word, the key of every word's
    /// stem (<see cref="Stemmed"/>); the linker uses them only when they name a known actor or meet another form's.
    /// </summary>
    public IEnumerable<string> Uninflected(string surface, string language, bool keepDescription = false)
    {
        var words = NameWords(surface, language, keepDescription);
        if (words.Count == 0)
        {
            yield break;
        }

        // Before the loop below rewrites the last word.
        var stemmed = language is "ru" or "ro" ? StemmedKey(words, language) : null;
        var last = words[^1];
        foreach (var stem in NameEndings.For(language).Stems(last))
        {
            words[^1] = stem;
            yield return Folded(words);
        }

        if (stemmed is not null)
        {
            yield return stemmed;
        }
    }

    /// <summary>
    /// The key of the surface with every word cut to its stem, in the languages whose names inflect in every word
    /// (Russian: "Каспийского трубопроводного консорциума" and "Каспийский трубопроводный консорциум" both give
    /// "kaspiisk truboprovodn konsortsium"; Romanian: "Inspectoratului General" and "Inspectoratul General"); the plain
    /// key's words elsewhere. Empty when nothing name-like is left.
    /// </summary>
    public string Stemmed(string surface, string language, bool keepDescription = false) =>
        StemmedKey(NameWords(surface, language, keepDescription), language);

    private static string StemmedKey(List<string> words, string language)
    {
        Func<string, string>? stem = language switch
        {
            "ru" => NerStems.Of,
            "ro" => RomanianStems.Of,
            _ => null,
        };
        return Folded(words.Select(w => stem is null ? w : stem(w)));
    }

    /// <summary>
    /// The key of a name of two or more words by the first letters of its words' cognates, in any order, for the names
    /// of organisations and places: "National Bank of Kazakhstan" and "Национального банка Казахстана" both give "~@KZ bank natio",
    /// "Caspian Pipeline Consortium" and "Kaspischen Pipeline-Konsortiums" both "~kaspi konso pipel". Each word is
    /// stemmed where names inflect in every word (Russian, Romanian), transliterated and folded (<see cref="PhoneticFold"/>,
    /// then <see cref="CognateFold"/>) and cut to <see cref="CognateLetters"/> letters; a country's name is its code;
    /// lowercase words of up to three letters ("of", "de", "der") and elided articles are left out, capitalised ones
    /// kept ("Saint-Lin-Laurentides" is not "Saint-Laurent"). Null when fewer than two words are left or all are
    /// countries. The linker matches it only against other such keys, for organisations and places.
    /// </summary>
    public string? Cognate(string surface, string language)
    {
        var (words, capitalised) = CasedNameWords(surface, language);
        var parts = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i][Elision.PrefixLength(words[i])..];
            if (word.Length <= 3 && !capitalised[i])
            {
                continue;
            }

            if (CountryCode([word], language) is { } code)
            {
                parts.Add("@" + code);
                continue;
            }

            var stem = language switch
            {
                "ru" => NerStems.Of(word),
                "ro" => RomanianStems.Of(word),
                _ => word,
            };
            var folded = CognateFold(PhoneticFold(Transliterate(stem)));
            if (folded.Length > 0)
            {
                parts.Add(folded[..Math.Min(CognateLetters, folded.Length)]);
            }
        }

        if (parts.Count < 2 || parts.All(p => p[0] == '@'))
        {
            return null;
        }

        parts.Sort(StringComparer.Ordinal);
        return "~" + string.Join(' ', parts);
    }

    /// <summary>Letters of a word a cognate key keeps: enough to tell "komis" (Commission) from "komit" (Committee).</summary>
    private const int CognateLetters = 5;

    /// <summary>
    /// Folds the spellings of international words across scripts: "tsi" before a vowel is the Russian "ци" of Latin
    /// "ti" (национальный = national, консорциум = consortium), "ts" elsewhere the "c" or "z" of others (центральный,
    /// central, zentral), "c" is "k" before a back vowel or a consonant and "s" before a front vowel (Caspian = Каспийский).
    /// </summary>
    internal static string CognateFold(string folded)
    {
        var s = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            if (c == 't' && next == 's')
            {
                var after = i + 2 < folded.Length ? folded[i + 2] : '\0';
                var vowelAfterI = i + 3 < folded.Length && IsVowel(folded[i + 3]);
                s.Append(after == 'i' && vowelAfterI ? 't' : 's');
                i++;
                continue;
            }

            s.Append(c == 'c' ? (next is 'e' or 'i' or 'y' ? 's' : 'k') : c);
        }

        return s.ToString();
    }

    /// <summary>
    /// The lowercase words of the name a surface gives: leading titles left out, and after a title the office's
    /// lowercase complement and country too, when a name follows them ("Министр иностранных дел Казахстана Нурлан
    /// Ермекбаев", "Außenminister Kasachstans Nurlan Jermekbajew": "nurlan ermekbaev").
    /// </summary>
    private List<string> NameWords(string surface, string language, bool keepDescription = false) =>
        CasedNameWords(surface, language, keepDescription).Words;

    private (List<string> Words, List<bool> Capitalised) CasedNameWords(string surface, string language, bool keepDescription = false)
    {
        var (words, capitalised) = CasedWords(surface);
        var lead = keepDescription ? 0 : LeadingDescription(words, capitalised, language);
        if (lead > 0)
        {
            words.RemoveRange(0, lead);
            capitalised.RemoveRange(0, lead);
        }

        var skip = _titles.LeadingTitleLength(words);
        if (skip > 0)
        {
            var name = skip;
            while (name < words.Count && (!capitalised[name] || CountryCode(words.GetRange(name, 1), language) is not null))
            {
                name++;
            }

            skip = name < words.Count ? name : skip;
        }

        return (words.GetRange(skip, words.Count - skip), capitalised.GetRange(skip, capitalised.Count - skip));
    }

    private string? CountryCode(List<string> words, string language)
    {
        var phrase = string.Join(' ', words);
        if (_gazetteer.TryGet(phrase, out var entry))
        {
            return entry.Code;
        }

        var prefix = words.Count > 1 ? string.Join(' ', words.Take(words.Count - 1)) + " " : "";
        foreach (var stem in NameEndings.For(language).Stems(words[^1]))
        {
            if (_gazetteer.TryGet(prefix + stem, out entry))
            {
                return entry.Code;
            }
        }

        return _gazetteer.InflectedCode(words);
    }

    /// <summary>The key of a listed organisation the words name, the last word as written or uninflected ("Евросоюза").</summary>
    private string? OrganisationKey(List<string> words, string language)
    {
        if (_organisations.KeyOf(words) is { } key)
        {
            return key;
        }

        var head = words.Take(words.Count - 1);
        foreach (var stem in NameEndings.For(language).Stems(words[^1]))
        {
            if (_organisations.KeyOf(head.Append(stem)) is { } inflected)
            {
                return inflected;
            }
        }

        return null;
    }

    /// <summary>
    /// Words joined as a list lookup key, Romanian s and t with cedilla (older text: "Şeful") read as
    /// the comma-below letters of the lists.
    /// </summary>
    internal static string Phrase(IEnumerable<string> words) => string.Join(' ', words.Select(NerSentence.FeatureForm));

    /// <summary>
    /// Whether lowercase words open the span before its first capitalised word that are no part of the name: a
    /// description the tagger took in ("portul Constanța", "objectif du Chips", "presidente del PP" give the keys of
    /// Constanța, Chips, PP, and such a form is not an actor's name while another exists). Not when every such word is a
    /// name particle of the language ("van Gogh", "de Gaulle"), when a number or an elided word stands among them
    /// ("l'usine Nexora"), or when no capitalised word follows.
    /// </summary>
    internal static bool OpensWithDescription(string surface, string language)
    {
        // Asked of every mention by the linker: a span whose first letter is a capital opens with a name word.
        if (surface.Length > 0 && char.IsUpper(surface[0]))
        {
            return false;
        }

        var (words, capitalised) = CasedWords(surface);
        return LeadingDescription(words, capitalised, language) > 0;
    }

    /// <summary>How many words of <see cref="OpensWithDescription"/> open the span: 0 when none.</summary>
    private static int LeadingDescription(List<string> words, List<bool> capitalised, string language)
    {
        var lead = 0;
        while (lead < words.Count && !capitalised[lead] && char.IsLetter(words[lead][0]) && Elision.PrefixLength(words[lead]) == 0)
        {
            lead++;
        }

        if (lead == 0 || lead == words.Count || !capitalised[lead])
        {
            return 0;
        }

        var particles = QuoteLexicon.For(language).NameParticles;
        return words.Take(lead).All(particles.Contains) ? 0 : lead;
    }

    /// <summary>The lowercase words of a surface (hyphenated parts split: "Kassym-Jomart" is two words).</summary>
    internal static List<string> Words(string surface) => CasedWords(surface).Words;

    /// <summary>The lowercase words of a surface and whether each was written with a capital.</summary>
    private static (List<string> Words, List<bool> Capitalised) CasedWords(string surface)
    {
        var words = new List<string>();
        var capitalised = new List<bool>();
        foreach (var token in Tokenizer.Tokenize(surface))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                foreach (var part in token.Text(surface).Split(['-', '‐'], StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(part.ToLowerInvariant());
                    capitalised.Add(part.Any(char.IsUpper)); // "eBay", "l'Union" are names' words too
                }
            }
        }

        return (words, capitalised);
    }

    /// <summary>
    /// ASCII, lowercased. A diaeresis "ï" is the French spelling of the glide others write "y" (Ermekbaïev = Ermekbayev),
    /// so it keeps that sound instead of becoming a plain "i".
    /// </summary>
    internal static string Transliterate(string word) =>
        AnyAscii.Transliteration.Transliterate(word.Replace('ï', 'y').Replace('Ï', 'Y')).ToLowerInvariant();

    /// <summary>
    /// "ou" where no vowel follows is the French spelling of u: Nourlan = Nurlan, Ousmane = Usmane ("Louis" keeps its "ou",
    /// so it does not meet "Luis").
    /// </summary>
    private static void FrenchU(StringBuilder s)
    {
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] == 'o' && s[i + 1] == 'u' && (i + 2 == s.Length || !IsVowel(s[i + 2])) && (i == 0 || !IsVowel(s[i - 1])))
            {
                s.Remove(i, 1);
            }
        }
    }

    /// <summary>
    /// Folds spellings of the same sound together. German writes w and j where English writes v and
    /// y (Wladimir, Tokajew), sch/tsch where English writes sh/zh/ch (Schirinowski, Zhirinovsky),
    /// ch where English writes kh (Kasachstan, Kazakhstan). Applied to every language alike, so it
    /// only has to be consistent, not phonetically right. Doubled letters collapse (Kassym, Kasym).
    /// </summary>
    public static string PhoneticFold(string ascii)
    {
        var s = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                s.Append(c);
            }
        }

        s.Replace("tsch", "ch").Replace("sch", "sh").Replace("zh", "sh").Replace("kh", "h")
            .Replace("ck", "k").Replace("ph", "f").Replace('w', 'v').Replace('j', 'y').Replace('z', 's').Replace('q', 'k');
        FrenchU(s);
        if (s.Length > 3 && s[0] == 'y' && s[1] == 'e')
        {
            // Initial Russian Е is "Je"/"Ye" in German and English, "E" elsewhere: Jermekbajew = Ermekbaev.
            s.Remove(0, 1);
        }

        if (s.Length > 2)
        {
            // Medial "ch" is the German spelling of Russian х: Kasachstan = Kazakhstan.
            var head = s[0];
            var tail = s.ToString(1, s.Length - 1).Replace("ch", "h", StringComparison.Ordinal);
            s.Clear().Append(head).Append(tail);
        }

        var folded = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (folded.Length > 0 && folded[^1] == c)
            {
                continue;
            }

            // "y" between vowels is a glide that other romanisations drop: Tokayev = Tokaev.
            if (c == 'y' && folded.Length > 0 && IsVowel(folded[^1]) && i + 1 < s.Length && IsVowel(s[i + 1]))
            {
                continue;
            }

            // "y" after a vowel before a consonant is the "i" of other romanisations: Seytkali = Seitkali, Aydar = Aidar.
            if (c == 'y' && folded.Length > 0 && IsVowel(folded[^1]) && i + 1 < s.Length && !IsVowel(s[i + 1]))
            {
                c = 'i';
            }

            folded.Append(c);
        }

        // Word-final -iy/-ij/-y are one ending: Dmitriy = Dmitrij = Dmitri.
        if (folded.Length > 3 && folded[^1] == 'y')
        {
            folded.Length--;
            if (folded[^1] != 'i')
            {
                folded.Append('i');
            }
        }

        return folded.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
