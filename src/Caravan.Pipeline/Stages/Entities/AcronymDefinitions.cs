using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// The long form of a parenthesised acronym is a name (after Schwartz and Hearst's abbreviation definitions, reduced to
/// initials): in "erklärte der Verband der Zentralasien-Exporteure (VZE)" the words right before the parenthesis whose
/// initials spell the acronym become one name of the acronym's type, an organisation when the tagger left the acronym
/// out (and then the acronym too). The initials are those of the capitalised words (hyphenated parts count one each;
/// up to two lowercase words such as "der", "of", "pentru" are passed over), else those of every word ("Каспийский
/// трубопроводный консорциум (КТК)"). A run already tagged as one name, or one that a name enters from before it,
/// is left alone.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MinLetters = 2;
    private const int MaxLetters = 6;

    /// <summary>Lowercase words passed over in a row inside a long form ("Inspectoratul General pentru Situații de Urgență").</summary>
    private const int MaxLowercaseRun = 2;

    public static void Apply(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        for (var s = 0; s < document.Count; s++)
        {
            var tokens = document[s].Tokens;
            var t = tags[s];
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                if (tokens[i - 1] != "(" || tokens[i + 1] != ")" || !IsAcronym(tokens[i]))
                {
                    continue;
                }

                var open = i - 1;
                var start = CapitalisedStart(tokens, open, tokens[i]);
                start = start >= 0 ? start : EveryWordStart(tokens, open, tokens[i]);
                if (start < 0 || NerTags.IsInside(t[start]) || IsOneName(t, start, open))
                {
                    continue;
                }

                var type = t[i] == NerTags.Outside || NerTags.TypeOf(t[i]) == EntityType.Per ? EntityType.Org : NerTags.TypeOf(t[i]);
                t[start] = NerTags.Begin(type);
                for (var k = start + 1; k < open; k++)
                {
                    t[k] = NerTags.Begin(type) + 1;
                }

                if (t[i] == NerTags.Outside || NerTags.TypeOf(t[i]) == EntityType.Per)
                {
                    t[i] = NerTags.Begin(type);
                }
            }
        }
    }

    /// <summary>One word of 2-6 letters, all capitals ("THW", "КТК").</summary>
    public static bool IsAcronym(string token) =>
        token.Length is >= MinLetters and <= MaxLetters && token.All(char.IsLetter) && token.All(char.IsUpper);

    private static bool IsOneName(int[] t, int start, int end) =>
        NerTags.IsBegin(t[start]) && Enumerable.Range(start + 1, end - start - 1).All(k => t[k] == t[start] + 1);

    /// <summary>
    /// The first token of the words before <paramref name="open"/> whose capitalised words (and hyphenated parts) have
    /// the acronym's letters as initials, read backwards; -1 when none.
    /// </summary>
    private static int CapitalisedStart(IReadOnlyList<string> tokens, int open, string acronym)
    {
        var letter = acronym.Length - 1;
        var lowercase = 0;
        for (var k = open - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (!char.IsLetter(token[0]))
            {
                return -1;
            }

            if (!char.IsUpper(token[0]))
            {
                if (++lowercase > MaxLowercaseRun)
                {
                    return -1;
                }

                continue;
            }

            lowercase = 0;
            var parts = token.Split(['-', '‐'], StringSplitOptions.RemoveEmptyEntries);
            for (var p = parts.Length - 1; p >= 0; p--)
            {
                if (!char.IsUpper(parts[p][0]))
                {
                    continue;
                }

                if (letter < 0 || char.ToLowerInvariant(parts[p][0]) != char.ToLowerInvariant(acronym[letter]))
                {
                    return -1;
                }

                letter--;
            }

            if (letter < 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The first of as many words before <paramref name="open"/> as the acronym has letters, when they are its initials and the first is capitalised; -1 otherwise.</summary>
    private static int EveryWordStart(IReadOnlyList<string> tokens, int open, string acronym)
    {
        var start = open - acronym.Length;
        if (start < 0 || !char.IsUpper(tokens[start][0]))
        {
            return -1;
        }

        for (var k = 0; k < acronym.Length; k++)
        {
            var token = tokens[start + k];
            if (!char.IsLetter(token[0]) || char.ToLowerInvariant(token[0]) != char.ToLowerInvariant(acronym[k]))
            {
                return -1;
            }
        }

        return start;
    }
}
