using Caravan.Core.Languages;
using Caravan.Pipeline.Lexicons;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Relations;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// The actor mentions attribution reads: the article's PER, ORG and LOC mentions, repaired where a
/// tagger goes wrong around speakers. A name never holds a verb, a comma or a person's role noun
/// ("[Саидов заявил]", "[Сейткали, Россия]", "[Душанбе министра]"); after a person's role the name is the
/// last one or two capitalised words and is a person whatever the tag ("официальный представитель
/// [МИД России Мария Захарова]/ORG" gives "Мария Захарова"); a surname repeating a full name of the article
/// is that person ("[Рахмонов]/LOC", "[Песков журналистам]/ORG"), also where the tagger missed it beside a
/// reporting verb ("Окафор сказал"); a bare pronoun or role noun is not a name ("[El]/PER");
/// an adjective before an organisation noun names it ("Europäische/MISC Kommission").
/// Invariants: sorted, non-overlapping, inside the text; each lies inside an article mention or is a
/// capitalised word beside a reporting verb that repeats a person's name of the article, or is an
/// organisation's name joined around its noun (<see cref="JoinOrganisationNouns"/>).
/// </summary>
internal sealed class SpeakerMentions
{
    /// <summary>How many words before a mention a person's role may stand ("Министр иностранных дел Узбекистана").</summary>
    private const int RoleReach = 4;

    private readonly string _text;
    private readonly string _language;
    private readonly QuoteLexicon _lexicon;
    private readonly RelationLexicon _relations;
    private readonly EntityKeys _keys;
    private readonly List<Mention> _pieces = [];

    private SpeakerMentions(string text, string language, QuoteLexicon lexicon, EntityKeys keys)
    {
        _text = text;
        _language = language;
        _lexicon = lexicon;
        _relations = RelationLexicon.For(language);
        _keys = keys;
    }

    public static ImmutableArray<Mention> Repair(Article article, QuoteLexicon lexicon, EntityKeys keys, ImmutableArray<TextSpan> sentences)
    {
        var repair = new SpeakerMentions(article.Text, article.Language, lexicon, keys);
        var mentions = (article.Mentions.IsDefault ? [] : article.Mentions)
            .Where(m => m.Span.IsValidFor(article.Text) && m.Span.Length > 0)
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToList();
        var keyCounts = mentions.CountBy(m => m.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (i + 1 < mentions.Count && (m.Type != EntityType.Per || keyCounts[m.Key] == 1) && repair.IsOfficeComplement(m, mentions[i + 1]))
            {
                // "ministrul [Energiei], Sorin Dumitrescu", "Аналитик компании [Steppe Capital] Дана Омарова": the office's
                // field or employer, not a second person.
                repair._pieces.Add(m with { Type = m.Type == EntityType.Per ? EntityType.Misc : m.Type });
                continue;
            }

            repair.Cut(m);
        }

        foreach (var sentence in sentences)
        {
            repair.JoinOrganisationNouns(sentence);
        }

        repair._pieces.RemoveAll(repair.IsDescription);
        var names = new NameCoreference(article.Text, lexicon, repair._pieces);
        names.ResolveSurnames();
        foreach (var sentence in sentences)
        {
            names.AddNamesBesideVerbs(sentence, w => !repair.IsPersonRole(w));
        }

        return [.. repair._pieces.Where(p => p.Type is EntityType.Per or EntityType.Org or EntityType.Loc)
            .OrderBy(p => p.Span.Start).ThenBy(p => p.Span.End)];
    }

    /// <summary>
    /// A name right after a person's role and right before a person's name (in apposition or not): the
    /// office's field, seat or employer ("ministrul [Energiei], Sorin Dumitrescu", "Ministrul [Afacerilor
    /// Interne], Cătălin Vlădescu", "Аналитик компании [Steppe Capital] Дана Омарова"), which must not be
    /// taken for the person the role describes.
    /// </summary>
    private bool IsOfficeComplement(Mention m, Mention next)
    {
        if (next.Type != EntityType.Per || next.Span.Start < m.Span.End || _text.AsSpan(m.Span.End, next.Span.Start - m.Span.End).Trim() is not ("," or ""))
        {
            return false;
        }

        var words = Words.Of(_text, m.Span);
        return words.Length > 0 && !IsPersonRole(words[0].Lower) && RoleBefore(m.Span.Start);
    }

    /// <summary>Splits a mention at the words no name holds, and takes the person's name out after a role.</summary>
    private void Cut(Mention m)
    {
        if (m.Type == EntityType.Misc)
        {
            _pieces.Add(m);
            return;
        }

        var words = Words.Of(_text, m.Span);
        var roleLed = IsPersonRole(words[0].Lower) || RoleBefore(m.Span.Start);
        var runs = Runs(words, m.Type != EntityType.Org || roleLed);
        if (roleLed && !runs.Any(r => PersonAfterRole(words[r.From..r.To], m.Type) is not null))
        {
            // No person after the role ("la porte-parole de la Commission européenne"): an ordinary name.
            roleLed = false;
            runs = Runs(words, m.Type != EntityType.Org);
        }

        if (!roleLed && runs.Count == 1 && runs[0] == (0, words.Length))
        {
            if (words.Length > 1)
            {
                _pieces.Add(m);
            }
            else if (_lexicon.Role(words[0].Lower) is { Type: EntityType.Org })
            {
                // "la [Commission]/LOC européenne": a capitalised organisation noun is that organisation's name.
                _pieces.Add(m with { Type = EntityType.Org });
            }
            else if (!_lexicon.Pronouns.ContainsKey(words[0].Lower) && _lexicon.Role(words[0].Lower) is null)
            {
                _pieces.Add(m);
            }

            return;
        }

        var named = !roleLed;
        foreach (var (a, b) in runs)
        {
            var run = words[a..b];
            if (!run.Any(w => IsCapitalised(w)))
            {
                continue;
            }

            if (!named && PersonAfterRole(run, m.Type) is { } split)
            {
                named = true;
                if (split > 0)
                {
                    Add(new TextSpan(run[0].Span.Start, run[split - 1].Span.End), m.Type, m);
                }

                Add(new TextSpan(run[split].Span.Start, run[^1].Span.End), EntityType.Per, m);
                continue;
            }

            Add(new TextSpan(run[0].Span.Start, run[^1].Span.End), m.Type, m);
        }
    }

    /// <summary>The stretches of words between the words no name holds, as [From, To) word indices.</summary>
    private List<(int From, int To)> Runs(ImmutableArray<Word> words, bool lowercaseBreaks)
    {
        var runs = new List<(int From, int To)>();
        var from = -1;
        for (var k = 0; k <= words.Length; k++)
        {
            var breaks = k == words.Length || Breaks(words, k, lowercaseBreaks);
            if (breaks && from >= 0)
            {
                runs.Add((from, k));
                from = -1;
            }
            else if (!breaks && from < 0)
            {
                from = k;
            }
        }

        return runs;
    }

    /// <summary>
    /// An organisation noun and the words naming it with it: "Die Europäische/MISC Kommission", "Das
    /// Auswärtige Amt" (a capitalised word inside the sentence before it), "la Commission européenne"
    /// (a lowercase word after it that is no verb, where the tagger saw a name), "Komitee für auswärtige
    /// Angelegenheiten des Parlaments" (its field after a remit preposition, tagged or not: <see cref="RemitNames"/>).
    /// </summary>
    private void JoinOrganisationNouns(TextSpan sentence)
    {
        var words = Words.Of(_text, sentence);
        for (var k = 0; k < words.Length; k++)
        {
            if (!IsCapitalised(words[k]) || _lexicon.Role(words[k].Lower) is not { Type: EntityType.Org })
            {
                continue;
            }

            var first = k > 1 && IsCapitalised(words[k - 1]) && _lexicon.Role(words[k - 1].Lower) is null ? k - 1 : k;
            var remit = RemitNames.End(words, k, _lexicon, j => IsCapitalised(words[j]), j => IsModifier(words, j));
            var last = remit >= 0 ? remit : first == k && k > 0 && k + 1 < words.Length && IsModifier(words, k + 1) ? k + 1 : k;
            if (first == last)
            {
                continue;
            }

            var span = new TextSpan(words[first].Span.Start, words[last].Span.End);
            var covered = _pieces.Where(p => p.Span.Overlaps(span)).ToList();
            var key = _keys.Key(span.Slice(_text), _language);
            if (key.Length == 0 || covered.Any(p => !span.Contains(p.Span) || p.Type is EntityType.Per)
                || (remit < 0 && last > k && !covered.Any(p => p.Span.Start == words[k].Span.Start)))
            {
                continue; // a word of another name, or (for a word after the noun) the tagger did not see a name there
            }

            _pieces.RemoveAll(covered.Contains);
            var at = _pieces.FindIndex(p => p.Span.Start > span.Start);
            _pieces.Insert(at < 0 ? _pieces.Count : at, new Mention(span, span.Slice(_text), EntityType.Org, key));
        }
    }

    /// <summary>
    /// "sagte die [Kommission]/ORG": an organisation's noun alone after a definite determiner describes an
    /// organisation named before; the description is resolved as such, not taken for a name.
    /// </summary>
    private bool IsDescription(Mention p)
    {
        var words = Words.Of(_text, p.Span);
        if (words.Length != 1 || _lexicon.Role(words[0].Lower) is not { Type: EntityType.Org })
        {
            return false;
        }

        var before = Words.Of(_text, new TextSpan(Math.Max(0, p.Span.Start - 20), p.Span.Start));
        return before.Length > 0 && _lexicon.Definite.Contains(before[^1].Lower);
    }

    /// <summary>A lowercase word after an organisation's noun that may belong to its name: no verb, no short function word.</summary>
    private bool IsModifier(ImmutableArray<Word> words, int k) =>
        words[k].IsWord && IsLowercase(words[k]) && words[k].Lower.Length >= 4 && !IsVerb(words, k) && !_lexicon.IsComplementizer(words[k].Lower);

    /// <summary>
    /// Where the person's name starts in a run after a role: its last two words when both are
    /// capitalised and the first is no place ("Кремля Дмитрий Песков"), with the particles of the surname
    /// and the given name before them ("Elisabeth van Dijk"), else its last word; null when that word is
    /// a place ("Präsident Kasachstans") or an organisation's noun ("Commission"), or when an
    /// organisation's tag is overruled on one word alone.
    /// </summary>
    private int? PersonAfterRole(ImmutableArray<Word> run, EntityType tagged)
    {
        var n = run.Length;
        if (!IsCapitalised(run[^1]) || IsPlace(run[^1]) || _lexicon.Role(run[^1].Lower) is not null || (tagged == EntityType.Org && n < 2))
        {
            return null;
        }

        var start = n - 1;
        while (start > 0 && IsLowercase(run[start - 1]) && _lexicon.NameParticles.Contains(run[start - 1].Lower))
        {
            start--;
        }

        return start > 0 && IsCapitalised(run[start - 1]) && !IsPlace(run[start - 1]) && !_lexicon.NameParticles.Contains(run[start - 1].Lower)
            ? start - 1
            : n - 1;
    }

    private void Add(TextSpan span, EntityType type, Mention source)
    {
        if (span.Length == 0)
        {
            return;
        }

        var surface = span.Slice(_text);
        if (span == source.Span)
        {
            _pieces.Add(source with { Type = type });
            return;
        }

        var key = _keys.Key(surface, _language);
        if (key.Length == 0)
        {
            return; // a bare title
        }

        // A piece cut off a person's name is a place when the gazetteer knows it ("[Сейткали, Россия]").
        _pieces.Add(new Mention(span, surface, key.StartsWith('@') ? EntityType.Loc : type, key));
    }

    /// <summary>
    /// A word no name holds: punctuation, a verb of the lexicons, a person's role, or (in a name that
    /// is no organisation's) a lowercase word other than a particle ("von").
    /// </summary>
    private bool Breaks(ImmutableArray<Word> words, int k, bool lowercaseBreaks)
    {
        var w = words[k];
        if (!w.IsWord)
        {
            return !(w.Lower is "-" or "‐" or "." or "'" or "’" or "&");
        }

        // A capitalised verb belongs to the name ("United States"); "[Саидов заявил]" does not.
        if ((IsLowercase(w) && IsVerb(words, k)) || IsPersonRole(w.Lower))
        {
            return true;
        }

        return lowercaseBreaks && IsLowercase(w) && !_lexicon.NameParticles.Contains(w.Lower);
    }

    private bool IsVerb(ImmutableArray<Word> words, int k) =>
        _lexicon.Verbs.Match(words, k, k + 1) > 0 || _relations.TriggerAt(words, k, k + 1).Trigger is not null;

    /// <summary>A person's role noun or title, in any inflection ("министра", "госсекретарем", "Außenministerin").</summary>
    public bool IsPersonRole(string lower)
    {
        if (_lexicon.Role(lower) is { } r)
        {
            return r.Type == EntityType.Per;
        }

        return _lexicon.Roles.Any(role => role.Type == EntityType.Per && Inflection.SameStem(lower, role.Suffix))
            || PersonTitles(_language).Any(t => Inflection.SameStem(lower, t));
    }

    /// <summary>A person's role among the few words before <paramref name="offset"/> in its clause: "представитель МИД России".</summary>
    private bool RoleBefore(int offset)
    {
        var before = Words.Of(_text, new TextSpan(Math.Max(0, offset - 120), offset));
        for (var k = before.Length - 1; k >= Math.Max(0, before.Length - RoleReach); k--)
        {
            if (!before[k].IsWord || IsVerb(before, k))
            {
                return false;
            }

            if (IsPersonRole(before[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Titles = new(StringComparer.Ordinal);

    /// <summary>One-word titles of Languages/&lt;iso&gt;/titles.txt ("госсекретарь", "Außenministerin").</summary>
    private static string[] PersonTitles(string language) => Titles.GetOrAdd(language, static l =>
        [.. LanguageData.Lines(l, "titles").Select(t => t.ToLowerInvariant()).Where(t => !t.Contains(' ', StringComparison.Ordinal))]);

    private bool IsPlace(Word w) => _keys.Key(w.Span.Slice(_text), _language).StartsWith('@');

    private bool IsCapitalised(Word w) => w.IsWord && char.IsUpper(_text[w.Span.Start]);

    /// <summary>A word of a cased script written in lowercase ("журналистам"; never a word of an uncased script).</summary>
    private bool IsLowercase(Word w) => char.IsLower(_text[w.Span.Start]);
}
