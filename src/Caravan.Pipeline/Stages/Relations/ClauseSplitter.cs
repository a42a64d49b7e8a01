using Caravan.Pipeline.Lexicons;
using Caravan.Pipeline.Stages.Quotes;

namespace Caravan.Pipeline.Stages.Relations;

/// <summary>Splits a sentence's words into clauses, so that a relation's source and target share one.</summary>
internal static class ClauseSplitter
{
    /// <summary>Clause ranges [From, To) of a sentence's words: split at ';', ':', quote marks and ", und/dass/which …".</summary>
    public static List<(int From, int To)> Split(ImmutableArray<Word> words, RelationLexicon lexicon, QuoteLexicon speech)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            // A comma before a clause starter, a reporting verb or a trigger ("…, teilte das Ministerium
            // mit"; "Da er …, kritisierte Tokajew …") ends a clause; so does a complementizer ("că", "that").
            var cut = w.Lower is ";" or ":" || (w.Lower.Length == 1 && QuoteMarks.Default.IsMark(w.Lower[0]))
                || (w.IsPunctuation(',') && i + 1 < words.Length && (lexicon.Starters.Contains(words[i + 1].Lower)
                    || lexicon.Infinitives.Contains(words[i + 1].Lower) || StartsVerb(words, i + 1, lexicon, speech, lexicon.Starters.Contains(words[start].Lower))));
            if (cut)
            {
                clauses.Add((start, i));
                start = i + 1;
            }
            else if (i > start && speech.IsComplementizer(w.Lower))
            {
                clauses.Add((start, i));
                start = i;
            }
        }

        clauses.Add((start, words.Length));
        return clauses;
    }

    /// <summary>
    /// A reporting verb after a comma opens the reporting clause; a trigger does so only after a fronted
    /// subordinate clause ("Da er …, kritisierte Tokajew"), not after an apposition ("X, der Präsident, traf Y").
    /// </summary>
    private static bool StartsVerb(ImmutableArray<Word> words, int i, RelationLexicon lexicon, QuoteLexicon speech, bool afterSubordinate) =>
        (afterSubordinate && lexicon.TriggerAt(words, i, words.Length).Trigger is not null)
        || speech.Verbs.Match(words, i, words.Length) > 0;
}
