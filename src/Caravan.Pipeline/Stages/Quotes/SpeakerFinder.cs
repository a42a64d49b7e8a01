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

    private readonly QuoteLexicon _lexicon;
    private readonly DescriptionResolver _descriptions;
    private readonly Discourse _discourse;
    private readonly Dictionary<int, bool> _anonymousSentences = [];

    public SpeakerFinder(string text, ImmutableArray<Mention> mentions, ImmutableArray<TextSpan> sentences, QuoteLexicon lexicon)
    {
        _lexicon = lexicon;
        _discourse = new Discourse(text, mentions, sentences);
        _descriptions = new DescriptionResolver(text, _discourse.Mentions, lexicon);
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

            var cue = _lexicon.SourceCues.Match(words, i, to);
            if (cue > 0)
            {
                yield return (i, cue, true);
                i = cue - 1;
                continue;
            }

            var verb = _lexicon.Verbs.Match(words, i, to);
            if (verb > 0)
            {
                yield return (i, verb, false);
                i = verb - 1;
            }
        }
    }

    /// <summary>
    /// The speaker of the verb at words[start..end), looked for within words[from..to): the nearest
    /// mention, pronoun or description, on the preferred side first at equal distance. A pronoun's
    /// antecedent is looked for before <paramref name="anchor"/> where given (the opening mark of the quote
    /// the verb closes: "Pour Hélène Carrière, … « A. B. », a-t-elle expliqué" reaches back from the quote,
    /// not from its last sentence), else before the pronoun.
    /// </summary>
    public Attribution? Resolve(ImmutableArray<Word> words, int start, int end, bool cue, int from, int to, bool preferAfter, int? anchor = null)
    {
        if (HasAnonymousSource(words[start].Span.Start))
        {
            // Remember the source's role, so "der Diplomat" later on stays anonymous too.
            for (var k = from; k < to; k++)
            {
                if (_lexicon.Role(words[k].Lower) is { } role)
                {
                    _discourse.AddAnonymousRole(role.Suffix);
                }
            }

            return Attribution.AnonymousSource;
        }

        for (var k = start; cue && k < end; k++)
        {
            if (_lexicon.Pronouns.TryGetValue(words[k].Lower, out var inCue))
            {
                return _discourse.Antecedent(inCue, anchor ?? words[k].Span.Start);
            }
        }

        for (var d = 1; d <= MaxDistance; d++)
        {
            var after = end + d - 1;
            var before = start - d;
            var first = preferAfter || cue ? after : before;
            var second = preferAfter || cue ? before : after;
            if (At(words, first, from, to, d, anchor) is { } a)
            {
                return a;
            }

            if (!cue && At(words, second, from, to, d, anchor) is { } b)
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
            if (_discourse.MentionAt(words[k].Span) is { Type: EntityType.Per or EntityType.Org } m)
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
    public void Record(Mention? speaker, int offset) => _discourse.Record(speaker, offset);

    /// <summary>The actor mention overlapping a word, or null.</summary>
    public Mention? MentionAt(TextSpan word) => _discourse.MentionAt(word);

    private Attribution? At(ImmutableArray<Word> words, int i, int from, int to, int distance, int? anchor)
    {
        if (i < from || i >= to || !words[i].IsWord)
        {
            return null;
        }

        var word = words[i];
        // A "mention" that is only a description of an anonymous source ("Der Diplomat") stays anonymous.
        if (_discourse.MentionAt(word.Span) is { } mention && !(_lexicon.Role(mention.Surface.ToLowerInvariant()) is { } described && _discourse.IsAnonymousRole(described.Suffix)))
        {
            // "said EU envoy Marta Kowalczyk": an organisation or place before a person's role is the role's, not the speaker.
            var next = i + 1;
            while (next < to && words[next].Span.Start < mention.Span.End)
            {
                next++;
            }

            if (mention.Type != EntityType.Per && next < to && next - i <= 3 && _lexicon.Role(words[next].Lower) is { Type: EntityType.Per })
            {
                return At(words, next, from, to, distance, anchor);
            }

            // A place speaks only as its government, and only right next to the verb ("Moscow said").
            return mention.Type != EntityType.Loc || distance == 1 ? new Attribution(mention, false) : null;
        }

        if (_lexicon.Pronouns.TryGetValue(word.Lower, out var pronounType) && distance <= 2)
        {
            // "Un diplomat român care a cerut să nu fie numit a fost mai prudent. „…”, a declarat acesta."
            var before = anchor ?? word.Span.Start;
            return AnonymousBefore(before) ? Attribution.AnonymousSource : _discourse.Antecedent(pronounType, before);
        }

        if ((_lexicon.Role(word.Lower) ?? Demonym(words, i, from, to)) is not { } role)
        {
            return null;
        }

        // "Kreml-Sprecher Dmitri Peskow", "la porte-parole de la Commission européenne, Anna Weber":
        // the name beside the role wins (a place or organisation on the way belongs to the role).
        for (var k = i + 1; k < Math.Min(to, i + 8); k++)
        {
            if (_discourse.MentionAt(words[k].Span) is { } named)
            {
                if (named.Type == EntityType.Per || (role.Type == EntityType.Org && named.Type == EntityType.Org))
                {
                    // "ministrul Energiei, Sorin Dumitrescu": the name in apposition, not the office's complement.
                    return new Attribution(role.Type == EntityType.Per ? Apposition(words, named, to) ?? named : named, false);
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
                _discourse.AddAnonymousRole(role.Suffix);
                return Attribution.AnonymousSource;
            }

            if (!words[k].IsWord)
            {
                break;
            }
        }

        // Inflected forms share a stem: "diplomat" and "diplomatul", "дипломат" and "дипломата".
        if (_discourse.IsAnonymousRole(role.Suffix))
        {
            return Attribution.AnonymousSource;
        }

        var resolved = _descriptions.Resolve(role.Suffix, role.Type, word.Span.Start)
            ?? _descriptions.ByHead(word.Lower, role.Type, word.Span.Start)
            ?? _discourse.LastSpeaker(role.Type, word.Span.Start)
            ?? _descriptions.Unique(role.Type, _discourse.SentenceStart(word.Span.Start, 0), _discourse.SentenceStart(word.Span.Start, Discourse.MaxSentencesBack - 1));
        return resolved is null ? Attribution.Unresolved : new Attribution(resolved, false);
    }

    /// <summary>
    /// "sagte der Schwede", "the Swede said": a person noun of nationality after a definite determiner, ending its
    /// noun phrase, describes a person; its role is the country ("@SE"), which an earlier "der schwedische Kommissar"
    /// gave a name. Not "der russische Präsident" (the noun phrase goes on) nor "auf Russisch" (no determiner).
    /// </summary>
    private (string Suffix, EntityType Type)? Demonym(ImmutableArray<Word> words, int i, int from, int to)
    {
        if (i <= from || !_lexicon.Definite.Contains(words[i - 1].Lower) || Nationalities.Noun(words[i].Lower) is not { } country)
        {
            return null;
        }

        var next = i + 1;
        return next >= to || !words[next].IsWord || _lexicon.Verbs.Match(words, next, to) > 0 ? ("@" + country, EntityType.Per) : null;
    }

    /// <summary>A person named after a comma right behind <paramref name="first"/>, or null.</summary>
    private Mention? Apposition(ImmutableArray<Word> words, Mention first, int to)
    {
        var k = Words.IndexAt(words, first.Span.End);
        return k + 1 < to && words[k].IsPunctuation(',') && _discourse.MentionAt(words[k + 1].Span) is { Type: EntityType.Per } named
            && !ReferenceEquals(named, first) ? named : null;
    }

    /// <summary>Whether the sentence before the one holding <paramref name="offset"/> introduced an anonymous source.</summary>
    private bool AnonymousBefore(int offset)
    {
        var sentence = _discourse.SentenceIndex(offset);
        if (sentence < 1)
        {
            return false;
        }

        return HasAnonymousSource(_discourse.SentenceStart(offset, 1));
    }

    /// <summary>Whether the sentence holding <paramref name="offset"/> names an anonymous source ("a diplomat who asked not to be named").</summary>
    /// <remarks>Remembered per sentence: every reporting verb of a sentence asks, and a hostile sentence has a million words.</remarks>
    private bool HasAnonymousSource(int offset)
    {
        var sentence = _discourse.SentenceIndex(offset);
        if (_anonymousSentences.TryGetValue(sentence, out var known))
        {
            return known;
        }

        var words = _discourse.SentenceWords(offset);
        return _anonymousSentences[sentence] = _lexicon.Anonymous.Any(a => Enumerable.Range(0, words.Length).Any(i => a.Match(words, i, words.Length) > 0));
    }
}
