using System.Collections.Immutable;
using Caravan.Core.Model;
using Caravan.Core.Text;

namespace Caravan.Testing;

/// <summary>
/// A deliberately crude mention recogniser for tests of stages that consume mentions, standing in
/// for the real recogniser: runs of capitalised words (not counting a sentence's first word) become
/// mentions; one capitalised word only when it looks like a surname (Slavic endings), follows a
/// title word, or repeats the last word of an earlier multi-word name. Types come from word shape:
/// all-caps acronyms and organisation words are ORG, country endings LOC, the rest PER. Key: the
/// last word, lower-cased, for people ("Antony Blinken" and "Blinken" share it).
/// </summary>
public static class CapitalisedMentions
{
    private static readonly string[] OrgWords = ["ministerium", "ministry", "committee", "komitee", "ausschuss", "kreml", "kremlin",
        "union", "bank", "parlament", "parliament", "nato", "commission", "kommission", "regierung", "government", "guvernul", "ministerul",
        "comisia", "comité", "ministère", "министерство", "кремль", "правительство", "council", "rat", "agency", "agentur", "politico"];

    private static readonly string[] LocEndings = ["stan", "land", "ien", "ia", "ina", "ija", "ея", "ия", "ан", "china", "moskau", "moscow",
        "astana", "washington", "paris", "berlin", "brüssel", "brussels", "kiew", "kyiv", "usa", "us", "sua", "eu", "ue", "staaten", "states"];

    private static readonly string[] Titles = ["präsident", "president", "minister", "außenminister", "kanzler", "sprecher", "spokesman",
        "președintele", "ministrul", "президент", "министр", "président", "ministre", "secretary", "senator", "herr", "frau", "mr", "ms"];

    private static readonly string[] SurnameEndings = ["ow", "ew", "ev", "ov", "yev", "enko", "ski", "sky", "in", "ин", "ов", "ев", "енко"];

    public static ImmutableArray<Mention> Find(string text, string language = "und")
    {
        var result = ImmutableArray.CreateBuilder<Mention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in new SentenceSplitter(language).Split(text))
        {
            var tokens = Tokenizer.Tokenize(text, sentence);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!IsCapitalised(text, tokens[i]))
                {
                    continue;
                }

                var j = i;
                while (j + 1 < tokens.Length && IsCapitalised(text, tokens[j + 1]))
                {
                    j++;
                }

                var words = tokens[i..(j + 1)].Select(t => t.Text(text)).ToList();
                var first = i == 0 || tokens[i - 1].Kind == TokenKind.Punctuation && i == 1;
                if (first && j == i)
                {
                    // A sentence's first word is capitalised anyway: only a known surname counts.
                    if (!surnames.Contains(words[0].ToLowerInvariant()))
                    {
                        i = j;
                        continue;
                    }
                }

                var lowerLast = words[^1].ToLowerInvariant();
                var afterTitle = i > 0 && Titles.Contains(tokens[i - 1].Text(text).ToLowerInvariant());
                var single = j == i;
                var type = TypeOf(words);
                if (single && type == EntityType.Per && !afterTitle && !surnames.Contains(lowerLast)
                    && !SurnameEndings.Any(e => lowerLast.EndsWith(e, StringComparison.Ordinal) && lowerLast.Length > e.Length + 3))
                {
                    i = j;
                    continue;
                }

                if (type == EntityType.Per && !single)
                {
                    surnames.Add(lowerLast);
                }

                var span = new TextSpan(tokens[i].Span.Start, tokens[j].Span.End);
                var surface = span.Slice(text);
                result.Add(new Mention(span, surface, type, type == EntityType.Per ? lowerLast : surface.ToLowerInvariant()));
                i = j;
            }
        }

        return result.ToImmutable();
    }

    private static EntityType TypeOf(List<string> words)
    {
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        if (lower.Any(w => OrgWords.Any(o => w.EndsWith(o, StringComparison.Ordinal))) || words.Any(w => w.Length >= 2 && w.Length <= 5 && w.All(char.IsUpper) && !LocEndings.Contains(w.ToLowerInvariant())))
        {
            return EntityType.Org;
        }

        return LocEndings.Any(e => lower[^1].EndsWith(e, StringComparison.Ordinal)) ? EntityType.Loc : EntityType.Per;
    }

    private static bool IsCapitalised(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]) && token.Span.Length > 1;
}
