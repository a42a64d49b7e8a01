using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// What the article has said so far, for resolving pronouns and descriptions: its actor mentions and
/// sentences, the speakers found in text order (null for an anonymous source) and the role nouns of
/// anonymous sources ("ein hochrangiger Diplomat" makes a later "der Diplomat" anonymous too).
/// </summary>
internal sealed class Discourse
{
    /// <summary>A pronoun or description reaches back this many sentences for its antecedent.</summary>
    public const int MaxSentencesBack = 3;

    private readonly string _text;
    private readonly ImmutableArray<Mention> _mentions;
    private readonly ImmutableArray<TextSpan> _sentences;
    private readonly List<(int Sentence, Mention? Speaker)> _speakers = [];
    private readonly HashSet<string> _anonymousRoles = new(StringComparer.Ordinal);

    public Discourse(string text, ImmutableArray<Mention> mentions, ImmutableArray<TextSpan> sentences)
    {
        _text = text;
        _mentions = [.. mentions.Where(m => m.Type is EntityType.Per or EntityType.Org or EntityType.Loc && m.Span.IsValidFor(text))
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
        _sentences = sentences;
    }

    /// <summary>The actor mentions (PER, ORG, LOC), sorted by position.</summary>
    public ImmutableArray<Mention> Mentions => _mentions;

    /// <summary>Remembers a speaker (null: an anonymous source), for later pronouns and descriptions.</summary>
    public void Record(Mention? speaker, int offset) => _speakers.Add((SentenceIndex(offset), speaker));

    public void AddAnonymousRole(string suffix) => _anonymousRoles.Add(suffix);

    /// <summary>
    /// A pronoun's antecedent: the speaker of the sentence before when it reported speech, else that
    /// sentence's first actor of the kind (its subject, as a rule), else the last speaker nearby.
    /// </summary>
    public Attribution Antecedent(EntityType type, int offset)
    {
        var sentence = SentenceIndex(offset);
        var previousHadSpeaker = _speakers.Count > 0 && _speakers[^1].Sentence >= sentence - 1;
        if (previousHadSpeaker && _speakers[^1].Speaker is null)
        {
            return Attribution.AnonymousSource; // "…", a diplomat said on condition of anonymity. "…", he added.
        }

        var m = (previousHadSpeaker ? LastSpeaker(type, offset) : null)
            ?? FirstMentionOfType(type, SentenceStart(offset, 1), SentenceStart(offset, 0))
            ?? LastSpeaker(type, offset);
        return m is null ? Attribution.Unresolved : new Attribution(m, false);
    }

    public bool IsAnonymousRole(string suffix) =>
        _anonymousRoles.Any(r => r.StartsWith(suffix, StringComparison.Ordinal) || suffix.StartsWith(r, StringComparison.Ordinal));

    public Mention? LastSpeaker(EntityType type, int offset)
    {
        var sentence = SentenceIndex(offset);
        for (var k = _speakers.Count - 1; k >= 0; k--)
        {
            var (s, m) = _speakers[k];
            if (sentence - s > MaxSentencesBack)
            {
                break;
            }

            if (m is not null && SameKind(m.Type, type))
            {
                return m;
            }
        }

        return null;
    }

    private static bool SameKind(EntityType mention, EntityType wanted) =>
        mention == wanted || (wanted == EntityType.Org && mention == EntityType.Loc);

    public Mention? FirstMentionOfType(EntityType type, int from, int to)
    {
        foreach (var m in _mentions)
        {
            if (m.Span.Start >= from && m.Span.End <= to && SameKind(m.Type, type))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The mention overlapping a word ("l'Asie" holds "Asie centrale"), or null.</summary>
    public Mention? MentionAt(TextSpan word)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.End <= word.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Mentions are sorted by start; the first one ending after the word's start may still begin after it.
        for (var k = lo; k < _mentions.Length && _mentions[k].Span.Start < word.End; k++)
        {
            if (_mentions[k].Span.End > word.Start)
            {
                return _mentions[k];
            }
        }

        return null;
    }

    public ImmutableArray<Word> SentenceWords(int offset)
    {
        var i = SentenceIndex(offset);
        return i < 0 ? [] : Words.Of(_text, _sentences[i]);
    }

    public int SentenceIndex(int offset)
    {
        int lo = 0, hi = _sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Start offset of the sentence <paramref name="back"/> sentences before the one holding <paramref name="offset"/>.</summary>
    public int SentenceStart(int offset, int back)
    {
        var i = SentenceIndex(offset) - back;
        return i < 0 ? 0 : _sentences[i].Start;
    }
}
