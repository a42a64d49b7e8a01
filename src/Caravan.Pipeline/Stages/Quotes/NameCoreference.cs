using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Ties surnames to the full names of the article ("Арман Сейткали" … "Сейткали", in any case ending):
/// a surname standing alone becomes that person, whatever type the tagger gave it, and a capitalised
/// word beside a reporting verb that the tagger missed ("Окафор сказал") becomes that person when it
/// repeats a full name. Works on the sorted, non-overlapping mention list it is given, in place.
/// </summary>
internal sealed class NameCoreference(string text, QuoteLexicon lexicon, List<Mention> mentions)
{
    /// <summary>A surname alone, or followed by lowercase words the tagger took in ("Песков журналистам"), is the full name's person.</summary>
    public void ResolveSurnames()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type == EntityType.Misc || m.Key.StartsWith('@'))
            {
                continue;
            }

            var words = Words.Of(text, m.Span).Where(w => w.IsWord).ToList();
            if (words.Count == 0 || words.Skip(1).Any(w => !char.IsLower(text[w.Span.Start])))
            {
                continue;
            }

            if (FullName(words[0].Lower, m.Span.Start, m) is { } full)
            {
                mentions[i] = new Mention(words[0].Span, words[0].Span.Slice(text), EntityType.Per, full.Key);
            }
        }
    }

    /// <summary>"Окафор сказал, что …": a capitalised word right before or after a reporting verb, in no mention, that repeats a full name.</summary>
    public void AddNamesBesideVerbs(TextSpan sentence, Func<string, bool> mayBeName)
    {
        var words = Words.Of(text, sentence);
        for (var i = 0; i < words.Length; i++)
        {
            var end = VerbEnd(words, i);
            if (end <= 0)
            {
                continue;
            }

            foreach (var k in new[] { i - 1, end })
            {
                if (k < 0 || k >= words.Length || !words[k].IsWord || !char.IsUpper(text[words[k].Span.Start]))
                {
                    continue;
                }

                var w = words[k];
                if (lexicon.Pronouns.ContainsKey(w.Lower) || lexicon.Role(w.Lower) is not null || !mayBeName(w.Lower) || Covered(w.Span))
                {
                    continue;
                }

                if (FullName(w.Lower, w.Span.Start, null) is { } full)
                {
                    var at = mentions.FindIndex(m => m.Span.Start > w.Span.Start);
                    mentions.Insert(at < 0 ? mentions.Count : at, new Mention(w.Span, w.Span.Slice(text), EntityType.Per, full.Key));
                }
            }

            i = end - 1;
        }
    }

    /// <summary>One past the reporting verb starting at words[i], or -1.</summary>
    private int VerbEnd(ImmutableArray<Word> words, int i) => lexicon.Verbs.Match(words, i, words.Length);

    /// <summary>The person whose full name ends with this surname: the nearest before <paramref name="offset"/>, else the first after.</summary>
    private Mention? FullName(string surname, int offset, Mention? self)
    {
        Mention? after = null;
        Mention? before = null;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Per || ReferenceEquals(m, self))
            {
                continue;
            }

            var words = Words.Of(text, m.Span).Where(w => w.IsWord).ToList();
            if (words.Count < 2 || !Inflection.SameStem(words[^1].Lower, surname))
            {
                continue;
            }

            if (m.Span.End <= offset)
            {
                before = m;
            }
            else
            {
                after ??= m;
            }
        }

        return before ?? after;
    }

    private bool Covered(TextSpan word) => mentions.Any(m => m.Span.Overlaps(word));
}
