using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Relations;

/// <summary>An actor occurrence in a sentence: the word range it covers and the mention that names it.</summary>
internal readonly record struct ActorRef(int First, int Last, Mention Mention);

/// <summary>
/// The actors of one sentence, as word ranges: named mentions (PER, ORG, LOC), plus adjectives and
/// compound prefixes that stand for a place the article names elsewhere ("kasachisches Öl",
/// "US-Hilfe"). Words inside a parenthesis or between two dashes are left out: an aside is not the
/// clause's subject or object.
/// </summary>
internal static class ClauseActors
{
    public static List<ActorRef> Find(ImmutableArray<Word> words, ImmutableArray<Mention> mentions, RelationLexicon lexicon)
    {
        var aside = Asides(words);
        var actors = new List<ActorRef>();
        var m = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (aside[i])
            {
                continue;
            }

            var start = words[i].Span.Start;
            while (m < mentions.Length && mentions[m].Span.End <= start)
            {
                m++;
            }

            if (m < mentions.Length && mentions[m].Span.Start <= start && mentions[m].Span.End > start)
            {
                var last = i;
                while (last + 1 < words.Length && words[last + 1].Span.Start < mentions[m].Span.End)
                {
                    last++;
                }

                actors.Add(new ActorRef(i, last, mentions[m]));
                i = last;
                continue;
            }

            if (words[i].IsWord && PlaceMention(words[i].Lower, mentions, lexicon) is { } place)
            {
                actors.Add(new ActorRef(i, i, place));
            }
        }

        return actors;
    }

    private static Mention? PlaceMention(string lower, ImmutableArray<Mention> mentions, RelationLexicon lexicon)
    {
        // A compound's first part may name the actor: "US-Hilfe", "EU-Sanktionen".
        var hyphen = lower.IndexOfAny(['-', '‐']);
        var candidates = lexicon.PlacesFor(hyphen > 0 ? lower[..hyphen] : lower);
        foreach (var place in candidates)
        {
            foreach (var mention in mentions)
            {
                if (mention.Type == EntityType.Loc || mention.Type == EntityType.Org)
                {
                    if (string.Equals(mention.Surface, place, StringComparison.OrdinalIgnoreCase))
                    {
                        return mention;
                    }
                }
            }
        }

        return null;
    }

    private static bool[] Asides(ImmutableArray<Word> words)
    {
        var aside = new bool[words.Length];
        var open = -1;
        var dash = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Lower;
            if (w == "(")
            {
                open = i;
            }
            else if (w == ")" && open >= 0)
            {
                Array.Fill(aside, true, open, i - open + 1);
                open = -1;
            }
            else if (w is "–" or "—")
            {
                if (dash >= 0)
                {
                    Array.Fill(aside, true, dash, i - dash + 1);
                    dash = -1;
                }
                else
                {
                    dash = i;
                }
            }
        }

        return aside;
    }
}
