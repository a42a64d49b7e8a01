using Caravan.Pipeline.Lexicons;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Stages.Relations;

/// <summary>
/// Who did what to whom, within one clause: a trigger from the language's relation patterns, the
/// source as the nearest actor before it (people and organisations before places), the target as
/// the first actor after it (plus coordinated ones: "met Tokayev and Mirziyoyev"). Infinitive
/// clauses ("…, um Tokajew zu treffen") take the subject of the clause before. Source and target
/// never come from different clauses or sentences (a quotation mark ends a clause).
/// Invariants: evidence spans are sentences of the article; source and target keys differ and are
/// keys of the article's mentions.
/// </summary>
public sealed class RelationStage : IArticleStage
{
    /// <summary>Longest word read as a preposition before a relative pronoun ("in", "mit", "über", "gegen", "în", "with").</summary>
    private const int MaxPreposition = 5;

    /// <summary>Most words between a "between" trigger and its first party, that party and the coordinator, the coordinator and the second.</summary>
    private const int MaxPartyGap = 8;

    public StageInfo Info { get; } = new("relations", 1, ArticleFeatures.Sentences | ArticleFeatures.Mentions, ArticleFeatures.Relations);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var text = article.Text;
        var mentions = (article.Mentions.IsDefault ? [] : article.Mentions)
            .Where(m => m.Type != EntityType.Misc && m.Span.IsValidFor(text) && m.Span.Length > 0)
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToImmutableArray();
        if (mentions.Length < 2 || article.Sentences.IsDefaultOrEmpty)
        {
            return article with { Relations = [] };
        }

        var lexicon = RelationLexicon.For(article.Language);
        var sources = QuoteLexicon.For(article.Language);
        var relations = ImmutableArray.CreateBuilder<RelationMention>();
        var seen = new HashSet<(string, string, string, int)>();
        Mention? previousPerson = null;
        foreach (var sentence in article.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = Words.Of(text, sentence);
            var actors = ClauseActors.Find(words, mentions, lexicon, sources);
            var before = previousPerson;
            previousPerson = FirstPerson(actors, words.Length)?.Mention;
            if (actors.Count < (before is null ? 2 : 1))
            {
                continue;
            }

            foreach (var (code, label, source, target) in InSentence(words, actors, before, lexicon, sources))
            {
                if (!string.Equals(source.Key, target.Key, StringComparison.Ordinal) && seen.Add((source.Key, target.Key, code, sentence.Start)))
                {
                    relations.Add(new RelationMention(source.Key, target.Key, code, label, sentence));
                }
            }
        }

        return article with { Relations = relations.ToImmutable() };
    }

    /// <summary>
    /// <paramref name="previousPerson"/>: the first person named in the sentence before, whom a subject pronoun at
    /// the start of a clause refers to when the sentence itself names no person before it ("Er warf Vlădescu … vor").
    /// </summary>
    private static IEnumerable<(string Code, string Label, Mention Source, Mention Target)> InSentence(
        ImmutableArray<Word> words, List<ActorRef> actors, Mention? previousPerson, RelationLexicon lexicon, QuoteLexicon speech)
    {
        var clauses = ClauseSplitter.Split(words, lexicon, speech);
        ActorRef? mainSubject = null;
        foreach (var (from, to) in clauses)
        {
            var inClause = actors.Where(a => a.First >= from && a.Last < to).ToList();
            var infinitive = from < to && lexicon.Infinitives.Contains(words[from].Lower);
            // A negated clause states what did not happen ("…, da er die Invasion nicht unterstützte"): no relation.
            var negated = lexicon.Negated(words, from, to);
            for (var i = negated ? to : from; i < to; i++)
            {
                var (trigger, end) = lexicon.TriggerAt(words, i, to);
                if (trigger is null)
                {
                    continue;
                }

                if (lexicon.Between.Contains(words[end - 1].Lower))
                {
                    if (Parties(words, actors, end, lexicon) is { } parties)
                    {
                        yield return (trigger.Code, trigger.Label, parties.Source.Mention, parties.Target.Mention);
                    }

                    i = end - 1;
                    continue;
                }

                var before = inClause.Where(a => a.Last < i || (a.First == i && a.Last == i)).ToList();
                var after = inClause.Where(a => a.First > i).ToList(); // actors inside a gapped trigger too: "stoppte Russland … den Export"
                // An actor fused into the trigger word ("US-Hilfe") is its source; an infinitive clause
                // has the main clause's subject, and all its actors are candidate targets.
                var fused = before.FindIndex(a => a.First == i);
                var source = fused >= 0 ? before[fused] : infinitive && mainSubject is not null ? mainSubject : Nearest(before);
                if (infinitive && mainSubject is not null && fused < 0)
                {
                    after = [.. before, .. after];
                    before = [];
                }

                // A subject pronoun opening the clause ("Er warf Vlădescu … vor") stands for the first person named
                // before it in this sentence, else in the one before; the clause then has no inverted subject.
                var pronounSubject = source is null && before.Count == 0 && !infinitive && lexicon.Pronouns.Contains(words[from].Lower);
                if (pronounSubject)
                {
                    source = FirstPerson(actors, from) ?? (previousPerson is { } p ? new ActorRef(-1, -1, p) : null);
                }

                var mainClause = from == clauses[0].From ? i > from : i == from && from > 0 && words[from - 1].IsPunctuation(',');
                if (source is null && before.Count == 0 && mainClause && !infinitive && !pronounSubject)
                {
                    // Verb-second inversion: "So stoppte Russland den Export …", "Am Dienstag traf Blinken Tokajew",
                    // and after a fronted clause: "Da er …, kritisierte Tokajew die EAWU".
                    source = after.Count > 0 ? after[0] : null;
                    after = after.Skip(1).ToList();
                }

                if (source is not { } s)
                {
                    continue;
                }

                var named = before.Where(a => !a.Derived).ToList();
                if (after.Count == 0 && named.Count >= 2 && EndsClause(words, end, to))
                {
                    // Verb-final clause: "…, dass Russland Kasachstan sanktionierte", "hat X in Paris empfangen":
                    // the subject comes first (a person or organisation before a place).
                    var subject = named.FindIndex(a => a.Mention.Type != EntityType.Loc);
                    subject = subject < 0 ? 0 : subject;
                    s = named[subject];
                    after = named.Skip(subject + 1).ToList();
                }

                foreach (var target in Targets(words, after, Math.Max(end, s.Last + 1), s.Mention.Type, lexicon))
                {
                    yield return (trigger.Code, trigger.Label, s.Mention, target.Mention);
                }

                i = end - 1;
            }

            if (mainSubject is null && inClause.Count > 0 && !infinitive)
            {
                var person = inClause.FindIndex(a => a.Mention.Type != EntityType.Loc);
                mainSubject = inClause[person < 0 ? 0 : person];
            }
        }
    }

    /// <summary>
    /// The two parties of a "between" trigger ("întâlnire între directoarea companiei, Elisabeth van Dijk, și ministrul
    /// Economiei, Radu Ionescu"): the first actor after it, and the first actor after the coordinator that follows, a
    /// person when the first is one. The coordinator may lie past a clause cut (", și"), not past the sentence; each
    /// step is at most <see cref="MaxPartyGap"/> words.
    /// </summary>
    private static (ActorRef Source, ActorRef Target)? Parties(ImmutableArray<Word> words, List<ActorRef> actors, int end, RelationLexicon lexicon)
    {
        var source = actors.FindIndex(a => a.First >= end && !a.Derived);
        if (source < 0 || actors[source].First - end > MaxPartyGap)
        {
            return null;
        }

        var and = actors[source].Last + 1;
        while (and < words.Length && and - actors[source].Last <= MaxPartyGap && !lexicon.Coordinators.Contains(words[and].Lower))
        {
            and++;
        }

        if (and >= words.Length || and - actors[source].Last > MaxPartyGap)
        {
            return null;
        }

        var near = actors.Where(a => a.First > and && a.First - and <= MaxPartyGap && !a.Derived).ToList();
        var person = actors[source].Mention.Type == EntityType.Per ? near.FindIndex(a => a.Mention.Type == EntityType.Per) : -1;
        return near.Count == 0 ? null : (actors[source], near[person < 0 ? 0 : person]);
    }

    /// <summary>
    /// A comma, a preposition and a relative pronoun: "…, in denen Moskau …", "…, în care …", "…, in which …". The
    /// splitter already cuts at a comma right before a clause starter; this one it cannot cut at, since the
    /// preposition and the article ("…, mit dem Präsidenten …") look the same, but no object of the verb lies past it.
    /// </summary>
    private static bool OpensRelativeClause(ImmutableArray<Word> words, int comma, RelationLexicon lexicon)
    {
        if (comma + 2 >= words.Length)
        {
            return false;
        }

        var preposition = words[comma + 1].Lower;
        var pronoun = words[comma + 2].Lower;
        return words[comma + 1].IsWord && preposition.Length <= MaxPreposition && preposition.All(char.IsLetter)
            && !lexicon.Starters.Contains(preposition) && !lexicon.Coordinators.Contains(preposition)
            && lexicon.Starters.Contains(pronoun) && !lexicon.Coordinators.Contains(pronoun);
    }

    private static bool EndsClause(ImmutableArray<Word> words, int end, int to)
    {
        for (var k = end; k < to; k++)
        {
            if (words[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first named person among the actors that end before word <paramref name="end"/>.</summary>
    private static ActorRef? FirstPerson(List<ActorRef> actors, int end)
    {
        foreach (var actor in actors)
        {
            if (actor.Last < end && actor.Mention.Type == EntityType.Per && !actor.Derived)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The nearest actor before the trigger, a person or organisation before a place.</summary>
    private static ActorRef? Nearest(List<ActorRef> before)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            if (before[k].Mention.Type != EntityType.Loc)
            {
                return before[k];
            }
        }

        return before.Count > 0 ? before[^1] : null;
    }

    /// <summary>
    /// The first actor after the trigger (a person first when a person acts) and those coordinated with it.
    /// An actor after a relative clause's opening (<see cref="OpensRelativeClause"/>) past the trigger (past the
    /// source too when the source follows the trigger: <paramref name="objectFrom"/>) is not the trigger's object.
    /// </summary>
    private static IEnumerable<ActorRef> Targets(ImmutableArray<Word> words, List<ActorRef> after, int objectFrom, EntityType sourceType, RelationLexicon lexicon)
    {
        if (after.Count == 0)
        {
            yield break;
        }

        var first = sourceType == EntityType.Per ? after.FindIndex(a => a.Mention.Type == EntityType.Per) : 0;
        first = first < 0 ? 0 : first;
        for (var k = objectFrom; k < after[first].First; k++)
        {
            if (words[k].IsPunctuation(',') && OpensRelativeClause(words, k, lexicon))
            {
                yield break;
            }
        }

        yield return after[first];
        for (var k = first + 1; k < after.Count; k++)
        {
            var joined = Enumerable.Range(after[k - 1].Last + 1, Math.Max(0, after[k].First - after[k - 1].Last - 1))
                .All(j => words[j].IsPunctuation(',') || lexicon.Coordinators.Contains(words[j].Lower));
            if (!joined || after[k].First <= after[k - 1].Last)
            {
                yield break;
            }

            yield return after[k];
        }
    }
}
