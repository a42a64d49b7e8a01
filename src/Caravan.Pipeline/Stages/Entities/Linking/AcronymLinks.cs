using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// The acronyms an article defines or spells out, each with the mention of the name it stands for: a name followed by
/// its acronym in parentheses ("das Technische Hilfswerk (THW)", "the Federal Agency for Technical Relief (THW)"), or an
/// acronym whose letters are the initials of a name the same article gives, of all its words or of its capitalised ones
/// ("CPC" and "Caspian Pipeline Consortium", "КТК" and "Каспийский трубопроводный консорциум", "IGSU" and "Inspectoratul
/// General pentru Situații de Urgență"). The name has two words or more and is no person; the acronym is one word of 2-6
/// capital letters. A definition wins over initials; initials that fit two different names link neither. A one-word name
/// cut from the first letters of a longer name's words ("Нацбанк" and "Национального банка Казахстана", a
/// <see cref="StumpCompound"/>) is linked the same way, to the one name it is cut from.
/// </summary>
internal static class AcronymLinks
{
    /// <summary>Acronym key -> index of the mention of the name it stands for.</summary>
    public static Dictionary<string, int> Find(string text, IReadOnlyList<Mention> mentions)
    {
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = Enumerable.Range(0, mentions.Count).Where(i => IsName(mentions[i])).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (IsAcronym(mentions[i]) && i > 0 && IsName(mentions[i - 1]) && Parenthesised(text, mentions[i - 1].Span, mentions[i].Span))
            {
                links.TryAdd(mentions[i].Key, i - 1);
            }
        }

        foreach (var acronym in mentions.Where(IsAcronym).Select(m => (m.Key, Letters: m.Surface.ToLowerInvariant())).DistinctBy(a => a.Key))
        {
            if (links.ContainsKey(acronym.Key))
            {
                continue;
            }

            LinkToOne(links, acronym.Key, names.Where(i => Initials(mentions[i].Surface).Contains(acronym.Letters)).ToList(), mentions);
        }

        foreach (var stump in mentions.Where(IsStumpCandidate).Select(m => (m.Key, Letters: m.Surface.ToLowerInvariant())).DistinctBy(s => s.Key))
        {
            if (!links.ContainsKey(stump.Key))
            {
                LinkToOne(links, stump.Key, names.Where(i => StumpCompound.IsCutFrom(stump.Letters, Words(mentions[i].Surface))).ToList(), mentions);
            }
        }

        return links;
    }

    /// <summary>Links the short form to the name it stands for when every name found is the same name (same key).</summary>
    private static void LinkToOne(Dictionary<string, int> links, string key, List<int> found, IReadOnlyList<Mention> mentions)
    {
        if (found.Count > 0 && found.All(i => string.Equals(mentions[i].Key, mentions[found[0]].Key, StringComparison.Ordinal)))
        {
            links[key] = found[0];
        }
    }

    /// <summary>One word, no person, not written in capitals only, whose key is its own.</summary>
    private static bool IsStumpCandidate(Mention mention) =>
        mention.Type != EntityType.Per && HasOwnWordKey(mention) && mention.Surface.All(char.IsLetter) && mention.Surface.Any(char.IsLower);

    /// <summary>One word of 2-6 capital letters whose key is its own (not a country's or a listed organisation's).</summary>
    public static bool IsAcronym(Mention mention) => AcronymDefinitions.IsAcronym(mention.Surface) && HasOwnWordKey(mention);

    /// <summary>A key of one word that is the mention's own (not a country's code).</summary>
    private static bool HasOwnWordKey(Mention mention) =>
        mention.Key.Length > 0 && mention.Key[0] != '@' && !mention.Key.Contains(' ', StringComparison.Ordinal);

    private static bool IsName(Mention mention) =>
        mention.Type != EntityType.Per && mention.Key.Length > 0 && mention.Key[0] != '@'
        && mention.Key.Contains(' ', StringComparison.Ordinal) && !mention.Surface.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>"NAME (ACRONYM)": only spaces and one opening parenthesis between them, a closing one right after.</summary>
    private static bool Parenthesised(string text, TextSpan name, TextSpan acronym)
    {
        if (name.End > acronym.Start || acronym.End >= text.Length || text[acronym.End] != ')')
        {
            return false;
        }

        var between = text.AsSpan(name.End, acronym.Start - name.End).Trim(' ');
        return between is "(";
    }

    /// <summary>The initials of every word and of the capitalised words only ("Inspectoratul General pentru Situații de Urgență": "igpsdu", "igsu").</summary>
    private static string[] Initials(string surface)
    {
        var words = CasedWords(surface);
        var all = string.Concat(words.Select(w => char.ToLowerInvariant(w[0])));
        var capitalised = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
        return [all, capitalised];
    }

    /// <summary>The lowercase words of a surface, hyphenated parts apart.</summary>
    private static List<string> Words(string surface) => [.. CasedWords(surface).Select(w => w.ToLowerInvariant())];

    private static List<string> CasedWords(string surface) =>
        [.. Tokenizer.Tokenize(surface).Where(t => t.Kind == TokenKind.Word)
            .SelectMany(t => t.Text(surface).Split(['-', '‐'], StringSplitOptions.RemoveEmptyEntries))];
}
