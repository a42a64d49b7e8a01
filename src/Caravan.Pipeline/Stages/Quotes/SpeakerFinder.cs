using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Finds the speaker next to a reporting verb and resolves pronouns and descriptions against the
/// discourse so far. One instance per article, fed in text order (it remembers recent speakers and
/// the role nouns of anonymous sources, so "der Diplomat" after "ein hochrangiger Diplomat" stays anonymous).
/// </summary>
internal sealed class SpeakerFinder
{
    /// <summary>How many tokens may lie between the verb and its subject ("Blinken on Tuesday told").</summary>
    private const int MaxDistance = 4;

    /// <summary>A pronoun or description reaches back this many sentences for its antecedent.</summary>
    private const int MaxSentencesBack = 3;

    private readonly string _text;
    private readonly ImmutableArray<Mention> _mentions;
    private readonly ImmutableArray<TextSpan> _sentences;
    private readonly QuoteLexicon _lexicon;
    private readonly DescriptionResolver _descriptions;
    private readonly List<(int Sentence, Mention? Speaker)> _speakers = [];
    private readonly HashSet<string> _anonymousRoles = new(StringComparer.Ordinal);

    public SpeakerFinder(string text, ImmutableArray<Mention> mentions, ImmutableArray<TextSpan> sentences, QuoteLexicon lexicon)
    {
        _text = text;
        _mentions = [.. mentions.Where(m => m.Type is EntityType.Per or EntityType.Org or EntityType.Loc && m.Span.IsValidFor(text))
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
        _sentences = sentences;
        _lexicon = lexicon;
        _descriptions = new DescriptionResolver(text, _mentions, lexicon);
    }

    /// <summary>Reporting verbs and source cues in words[from..to), in text order: (start, end, isCue).</summary>
    public IEnumerable<(int Start, int End, bool Cue)> Verbs(ImmutableArray<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!words[i].IsWord)
            {
                continue;
            }

            var cue = Match(_lexicon.SourceCues, words, i, to);
            if (cue > 0)
            {
                yield return (i, cue, true);
                i = cue - 1;
                continue;
            }

            var verb = Match(_lexicon.Verbs, words, i, to);
            if (verb > 0)
            {
                yield return (i, verb, false);
                i = verb - 1;
            }
        }
    }

    /// <summary>
    /// The speaker of the verb at words[start..end), looked for within words[from..to): the nearest
    /// mention, pronoun or description, on the preferred side first at equal distance.
    /// </summary>
    public Attribution? Resolve(ImmutableArray<Word> words, int start, int end, bool cue, int from, int to, bool preferAfter)
    {
        var sentenceWords = SentenceWords(words[start].Span.Start);
        if (_lexicon.Anonymous.Any(a => Enumerable.Range(0, sentenceWords.Length).Any(i => a.Match(sentenceWords, i, sentenceWords.Length) > 0)))
        {
            // Remember the source's role, so "der Diplomat" later on stays anonymous too.
            for (var k = from; k < to; k++)
            {
                if (_lexicon.Role(words[k].Lower) is { } role)
                {
                    _anonymousRoles.Add(role.Suffix);
                }
            }

            return Attribution.AnonymousSource;
        }

        for (var k = start; cue && k < end; k++)
        {
            if (_lexicon.Pronouns.TryGetValue(words[k].Lower, out var inCue))
            {
                return Antecedent(inCue, words[k].Span.Start);
            }
        }

        for (var d = 1; d <= MaxDistance; d++)
        {
            var after = end + d - 1;
            var before = start - d;
            var first = preferAfter || cue ? after : before;
            var second = preferAfter || cue ? before : after;
            if (At(words, first, from, to, d) is { } a)
            {
                return a;
            }

            if (!cue && At(words, second, from, to, d) is { } b)
            {
                return b;
            }
        }

        return preferAfter || cue ? null : ClauseSubject(words, start, from);
    }

    /// <summary>"Mirziyoyev called the deal historic and said that …": the actor opening the window, when no other stands between it and the verb.</summary>
    private Attribution? ClauseSubject(ImmutableArray<Word> words, int verb, int from)
    {
        Mention? subject = null;
        for (var k = from; k < verb; k++)
        {
            if (MentionAt(words[k].Span) is { Type: EntityType.Per or EntityType.Org } m)
            {
                if (subject is not null && !ReferenceEquals(subject, m))
                {
                    return null;
                }

                if (subject is null && k > from + 1)
                {
                    return null; // not at the start of the window: not its subject
                }

                subject = m;
            }
        }

        return subject is null ? null : new Attribution(subject, false);
    }

    /// <summary>Remembers a speaker (null: an anonymous source), for later pronouns and descriptions.</summary>
    public void Record(Mention? speaker, int offset) => _speakers.Add((SentenceIndex(offset), speaker));

    private Attribution? At(ImmutableArray<Word> words, int i, int from, int to, int distance)
    {
        if (i < from || i >= to || !words[i].IsWord)
        {
            return null;
        }

        var word = words[i];
        // A "mention" that is only a description of an anonymous source ("Der Diplomat") stays anonymous.
        if (MentionAt(word.Span) is { } mention && !(_lexicon.Role(mention.Surface.ToLowerInvariant()) is { } described && IsAnonymousRole(described.Suffix)))
        {
            // A place speaks only as its government, and only right next to the verb ("Moscow said").
            return mention.Type != EntityType.Loc || distance == 1 ? new Attribution(mention, false) : null;
        }

        if (_lexicon.Pronouns.TryGetValue(word.Lower, out var pronounType) && distance <= 2)
        {
            return Antecedent(pronounType, word.Span.Start);
        }

        if (_lexicon.Role(word.Lower) is not { } role)
        {
            return null;
        }

        // "Kreml-Sprecher Dmitri Peskow", "la porte-parole de la Commission européenne, Anna Weber":
        // the name beside the role wins (a place or organisation on the way belongs to the role).
        for (var k = i + 1; k < Math.Min(to, i + 8); k++)
        {
            if (MentionAt(words[k].Span) is { } named)
            {
                if (named.Type == EntityType.Per || (role.Type == EntityType.Org && named.Type == EntityType.Org))
                {
                    return new Attribution(named, false);
                }

                continue;
            }

            if (!words[k].IsWord && !words[k].IsPunctuation(','))
            {
                break;
            }
        }

        for (var k = i - 1; k >= Math.Max(from, i - 3); k--)
        {
            if (_lexicon.Indefinite.Contains(words[k].Lower))
            {
                _anonymousRoles.Add(role.Suffix);
                return Attribution.AnonymousSource;
            }

            if (!words[k].IsWord)
            {
                break;
            }
        }

        // Inflected forms share a stem: "diplomat" and "diplomatul", "дипломат" and "дипломата".
        if (IsAnonymousRole(role.Suffix))
        {
            return Attribution.AnonymousSource;
        }

        var resolved = _descriptions.Resolve(role.Suffix, role.Type, word.Span.Start)
            ?? LastSpeaker(role.Type, word.Span.Start)
            ?? _descriptions.Unique(role.Type, SentenceStart(word.Span.Start, 0), SentenceStart(word.Span.Start, MaxSentencesBack - 1));
        return resolved is null ? Attribution.Unresolved : new Attribution(resolved, false);
    }

    /// <summary>
    /// A pronoun's antecedent: the speaker of the sentence before when it reported speech, else that
    /// sentence's first actor of the kind (its subject, as a rule), else the last speaker nearby.
    /// </summary>
    private Attribution Antecedent(EntityType type, int offset)
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

    private bool IsAnonymousRole(string suffix) =>
        _anonymousRoles.Any(r => r.StartsWith(suffix, StringComparison.Ordinal) || suffix.StartsWith(r, StringComparison.Ordinal));

    private Mention? LastSpeaker(EntityType type, int offset)
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

    private Mention? FirstMentionOfType(EntityType type, int from, int to)
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
    internal Mention? MentionAt(TextSpan word)
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

    private ImmutableArray<Word> SentenceWords(int offset)
    {
        var i = SentenceIndex(offset);
        return i < 0 ? [] : Words.Of(_text, _sentences[i]);
    }

    private int SentenceIndex(int offset)
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
    private int SentenceStart(int offset, int back)
    {
        var i = SentenceIndex(offset) - back;
        return i < 0 ? 0 : _sentences[i].Start;
    }

    private static int Match(ImmutableArray<TokenPattern> patterns, ImmutableArray<Word> words, int i, int to)
    {
        foreach (var p in patterns)
        {
            var end = p.Match(words, i, to);
            if (end > 0)
            {
                return end;
            }
        }

        return -1;
    }
}
