using System.Collections.Concurrent;
using System.Collections.Frozen;
using Caravan.Core.Languages;
using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Relations;

/// <summary>An event trigger: a token pattern and the CAMEO root code and English label it stands for.</summary>
internal sealed record RelationTrigger(TokenPattern Pattern, string Code, string Label);

/// <summary>
/// Per-language relation data: Languages/&lt;iso&gt;/relation-patterns.txt (triggers),
/// clauses.txt (clause starters, infinitive markers, coordinators, negations, pronouns, "between" words) and demonyms.txt
/// (adjective stem -> place name).
/// Unknown languages get the union of all languages.
/// </summary>
internal sealed class RelationLexicon
{
    /// <summary>Shorter demonym stems must match a whole word: "us" is not the start of "usbekisch".</summary>
    private const int MinPrefixStem = 4;
    private static readonly ConcurrentDictionary<string, RelationLexicon> Cache = new(StringComparer.Ordinal);

    private RelationLexicon(IEnumerable<string> languages)
    {
        var triggers = new List<RelationTrigger>();
        var starters = new HashSet<string>(StringComparer.Ordinal);
        var infinitives = new HashSet<string>(StringComparer.Ordinal);
        var coordinators = new HashSet<string>(StringComparer.Ordinal);
        var negations = new HashSet<string>(StringComparer.Ordinal);
        var focus = new HashSet<string>(StringComparer.Ordinal);
        var pronouns = new HashSet<string>(StringComparer.Ordinal);
        var between = new HashSet<string>(StringComparer.Ordinal);
        var demonyms = new List<(string Stem, string Place)>();
        foreach (var language in languages)
        {
            foreach (var line in LanguageData.Lines(language, "relation-patterns"))
            {
                var parts = line.Split('\t', StringSplitOptions.TrimEntries);
                if (parts.Length == 3 && parts[0].Length == 2 && parts[0].All(char.IsAsciiDigit))
                {
                    triggers.Add(new RelationTrigger(new TokenPattern(parts[2].ToLowerInvariant()), parts[0], parts[1]));
                }
            }

            foreach (var line in LanguageData.Lines(language, "clauses"))
            {
                var parts = line.ToLowerInvariant().Split(' ', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2)
                {
                    (parts[0] switch
                    {
                        "infinitive" => infinitives,
                        "coordinator" => coordinators,
                        "negation" => negations,
                        "not-only" => focus,
                        "pronoun" => pronouns,
                        "between" => between,
                        "starter" => starters,
                        _ => throw new InvalidDataException($"Languages/{language}/clauses.txt: unknown kind '{parts[0]}' in '{line}'"),
                    }).Add(parts[1]);
                }
            }

            foreach (var line in LanguageData.Lines(language, "demonyms"))
            {
                var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2)
                {
                    demonyms.Add((parts[0].ToLowerInvariant(), parts[1]));
                }
            }
        }

        // Longer patterns first: "imposed sanctions on" before "sanctions on".
        Triggers = [.. triggers.OrderByDescending(t => t.Pattern.Length)];
        Starters = starters.ToFrozenSet(StringComparer.Ordinal);
        Infinitives = infinitives.ToFrozenSet(StringComparer.Ordinal);
        Demonyms = [.. demonyms];
        Coordinators = coordinators.ToFrozenSet(StringComparer.Ordinal);
        Negations = negations.ToFrozenSet(StringComparer.Ordinal);
        NotOnly = focus.ToFrozenSet(StringComparer.Ordinal);
        Pronouns = pronouns.ToFrozenSet(StringComparer.Ordinal);
        Between = between.ToFrozenSet(StringComparer.Ordinal);
    }

    public ImmutableArray<RelationTrigger> Triggers { get; }

    public FrozenSet<string> Starters { get; }

    public FrozenSet<string> Infinitives { get; }

    public ImmutableArray<(string Stem, string Place)> Demonyms { get; }

    /// <summary>"and", "und": joins several targets of one trigger.</summary>
    public FrozenSet<string> Coordinators { get; }

    /// <summary>"nicht", "not", "nu", "не": a clause holding one states what did not happen.</summary>
    public FrozenSet<string> Negations { get; }

    /// <summary>"nur", "only": a negation right before one is "not only", which negates nothing.</summary>
    public FrozenSet<string> NotOnly { get; }

    /// <summary>"er", "she", "el", "она": a personal pronoun that can be a clause's subject and stand for a person.</summary>
    public FrozenSet<string> Pronouns { get; }

    /// <summary>"between", "zwischen", "între": a trigger ending in one names both parties after it ("meeting between X and Y").</summary>
    public FrozenSet<string> Between { get; }

    /// <summary>Whether words [<paramref name="from"/>, <paramref name="to"/>) hold a negation (not "nicht nur").</summary>
    public bool Negated(ImmutableArray<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Negations.Contains(words[k].Lower) && !(k + 1 < to && NotOnly.Contains(words[k + 1].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    public static RelationLexicon For(string language)
    {
        var key = LanguageData.Lines(language, "relation-patterns").IsEmpty ? "*" : language;
        return Cache.GetOrAdd(key, static k => new RelationLexicon(
            k == "*" ? LanguageData.LanguagesWith("relation-patterns") : [k]));
    }

    /// <summary>The place names an adjective or compound prefix stands for ("kasachischem" -> Kasachstan).</summary>
    public IEnumerable<string> PlacesFor(string lower)
    {
        foreach (var (stem, place) in Demonyms)
        {
            if (string.Equals(lower, stem, StringComparison.Ordinal)
                || (stem.Length >= MinPrefixStem && lower.StartsWith(stem, StringComparison.Ordinal)))
            {
                yield return place;
            }
        }
    }

    /// <summary>The longest trigger starting at word <paramref name="i"/>, and the index past its end.</summary>
    public (RelationTrigger? Trigger, int End) TriggerAt(ImmutableArray<Word> words, int i, int to)
    {
        if (!words[i].IsWord)
        {
            return (null, i);
        }

        foreach (var trigger in Triggers)
        {
            var end = trigger.Pattern.Match(words, i, to);
            if (end > 0)
            {
                return (trigger, end);
            }
        }

        return (null, i);
    }
}
