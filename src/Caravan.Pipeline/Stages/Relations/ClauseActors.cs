using Caravan.Pipeline.Lexicons;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Stages.Relations;

/// <summary>An actor occurrence in a sentence: the word range it covers and the mention that names it.</summary>
/// <param name="First">Index of the actor's first word in the sentence.</param>
/// <param name="Last">Index of its last word.</param>
/// <param name="Mention">The mention naming the actor.</param>
/// <param name="Derived">True when an adjective or compound prefix stands for the actor ("kasachisches").</param>
internal readonly record struct ActorRef(int First, int Last, Mention Mention, bool Derived = false);

/// <summary>
/// The actors of one sentence, as word ranges: named mentions (PER, ORG, LOC), plus adjectives and
/// compound prefixes that stand for a place the article names elsewhere ("kasachisches Öl",
/// "US-Hilfe"). Words inside a parenthesis or between two dashes are left out: an aside is not the
/// clause's subject or object.
/// </summary>
internal static class ClauseActors
{
    public static List<ActorRef> Find(ImmutableArray<Word> words, ImmutableArray<Mention> mentions, RelationLexicon lexicon, QuoteLexicon sources)
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

            // Overlap, not equal starts: "l'Union européenne" is one token holding the mention's start.
            var start = words[i].Span.Start;
            while (m < mentions.Length && mentions[m].Span.End <= start)
            {
                m++;
            }

            if (m < mentions.Length && mentions[m].Span.Start < words[i].Span.End)
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
                actors.Add(new ActorRef(i, i, place, Derived: true));
            }
        }

        return DropSources(words, actors, sources);
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

    /// <summary>
    /// "Laut Tokajew", "по словам Сейткали": the source of a report is not a party to the event. Only a
    /// person or organisation right after the cue is dropped ("So stoppte Russland" keeps Russland).
    /// </summary>
    private static List<ActorRef> DropSources(ImmutableArray<Word> words, List<ActorRef> actors, QuoteLexicon sources)
    {
        var cueEnds = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            var end = sources.SourceCues.Match(words, i, words.Length);
            if (end > 0)
            {
                cueEnds.Add(end);
            }
        }

        return [.. actors.Where(a => a.Mention.Type == EntityType.Loc || !cueEnds.Any(e => a.First >= e && a.First <= e + 1))];
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
