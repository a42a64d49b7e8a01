using System.Collections.Concurrent;
using Caravan.Core.Languages;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Pipeline.Stages.Language;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// Corrections to the tagger's output from the language's own word lists, where the statistical
/// model is weakest: names it never saw (a person named right after a reporting verb or an office,
/// "sagte Roman Ivanenko", "Außenminister Roman Ivanenko"), a first name and surname tagged as two
/// people, and a role noun taken for a person ("Oficialii americani spun": officials, not a name).
/// Changes tags in place; one instance per language, thread-safe after construction.
/// </summary>
internal sealed class NameCues
{
    /// <summary>Role stems shorter than this ("ex") would swallow real names.</summary>
    private const int MinRoleStem = 5;

    /// <summary>At most this many capitalised words after a cue make a name.</summary>
    private const int MaxNameWords = 3;

    /// <summary>At most this many words follow a title's head word ("de cuvânt" of "purtătorul de cuvânt").</summary>
    private const int MaxComplementWords = 2;

    private static readonly ConcurrentDictionary<string, NameCues> Cache = new(StringComparer.Ordinal);

    private readonly HashSet<string> _verbs = new(StringComparer.Ordinal);
    private readonly List<string> _verbPrefixes = [];
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _complements;
    private readonly List<string> _roleStems = [];
    private readonly List<string> _roles = [];

    private NameCues(string language)
    {
        foreach (var line in LanguageData.Lines(language, "reporting-verbs"))
        {
            // Only single words: a multi-word entry ("a declarat") ends in a word of its own anyway.
            if (line.StartsWith('>') || line.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (line.EndsWith('*'))
            {
                _verbPrefixes.Add(NerSentence.FeatureForm(line[..^1]));
            }
            else
            {
                _verbs.Add(NerSentence.FeatureForm(line));
            }
        }

        foreach (var line in LanguageData.Lines(language, "titles"))
        {
            _titles.Add(NerSentence.FeatureForm(line));
        }

        foreach (var line in LanguageData.Lines(language, "speech"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[0] == "role" && parts[2] == "PER" && parts[1].Length >= MinRoleStem)
            {
                _roleStems.Add(Stem(NerSentence.FeatureForm(parts[1])));
                _roles.Add(NerSentence.FeatureForm(parts[1]));
            }
        }

        // What follows the head word of a title of several words ("de externe" of "ministrul de externe").
        _complements = [.. _titles.Where(t => t.Contains(' ', StringComparison.Ordinal)).Select(t => t[(t.IndexOf(' ', StringComparison.Ordinal) + 1)..])];
        _roleStems.AddRange(_titles.Where(t => t.Length >= MinRoleStem && !t.Contains(' ', StringComparison.Ordinal)).Select(Stem));
    }

    /// <summary>A listed form minus a short ending, so other inflections match too ("liderul" -> "lider" for "Liderii").</summary>
    private static string Stem(string role) => role.Length > MinRoleStem + 1 ? role[..^2] : role;

    /// <summary>
    /// An untagged capitalised phrase that the place gazetteer knows as a country, capital or world
    /// region ("Zentralasien") is a place: the tagger misses rare ones the lists name for certain.
    /// </summary>
    public static void TagKnownPlaces(IReadOnlyList<NerSentence> document, int[][] tags, Gazetteer places)
    {
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var t = tags[s];
            for (var i = 0; i < t.Length; i++)
            {
                // "l'Ouzbékistan": the place begins after the elided article.
                var elided = Elision.PrefixLength(sentence.Tokens[i]);
                var lower = sentence.Lower;
                if (elided > 0)
                {
                    lower = (string[])lower.Clone();
                    lower[i] = lower[i][elided..];
                }

                var n = places.LongestMatch(lower, i, out var entry);
                if (n == 0 || entry.Kind == GazetteerKind.Nationality || !WordShape.StartsUpper(sentence.Tokens[i][elided..])
                    || Enumerable.Range(i, n).Any(k => t[k] != NerTags.Outside) || (i + n < t.Length && NerTags.IsInside(t[i + n])))
                {
                    continue;
                }

                for (var k = 0; k < n; k++)
                {
                    t[i + k] = NerTags.Begin(EntityType.Loc) + (k == 0 ? 0 : 1);
                }

                i += n - 1;
            }
        }
    }

    /// <summary>
    /// A span that runs a known place on over a lowercase word is cut there: into the two places when another known
    /// place follows ("Asia Centrală la Astana", "Zentralasien und Kasachstan" tagged as one), to the place when only
    /// lowercase words follow ("Asiei Centrale într-un"). A span that is a known place as a whole ("Statele Unite ale
    /// Americii") or does not begin with one ("Banca Națională a României") stays; <paramref name="isPlace"/> says
    /// whether a surface keys to a place.
    /// </summary>
    public static void SplitJoinedPlaces(IReadOnlyList<NerSentence> document, int[][] tags, Func<string, bool> isPlace)
    {
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var t = tags[s];
            foreach (var (start, end, _) in NerTags.Spans(t).ToList())
            {
                if (end - start < 2 || isPlace(Surface(sentence, start, end)))
                {
                    continue;
                }

                for (var k = start + 1; k < end; k++)
                {
                    if (!IsLowercaseWord(sentence.Tokens[k]) || !isPlace(Surface(sentence, start, k)))
                    {
                        continue;
                    }

                    var rest = k + 1 < end && isPlace(Surface(sentence, k + 1, end));
                    if (!rest && !Enumerable.Range(k, end - k).All(i => IsLowercaseWord(sentence.Tokens[i])))
                    {
                        continue;
                    }

                    for (var i = k; i < end; i++)
                    {
                        t[i] = !rest || i == k ? NerTags.Outside : NerTags.Begin(EntityType.Loc) + (i == k + 1 ? 0 : 1);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Two or three name-shaped words tagged as a place right after a title or office ("i-a spus ministrului de externe
    /// [Mukhtar Tileuberdi]"), none of them a common word of the language (<paramref name="isCommon"/>) or a known place
    /// (<paramref name="isPlace"/>), are the office's holder: a person. Taggers take foreign names they never saw for
    /// places. An organisation after an office is left alone: it is most often the employer ("CEO Nexora Semiconductors").
    /// </summary>
    public void TagTitledPersons(IReadOnlyList<NerSentence> document, int[][] tags, Func<string, bool> isCommon, Func<string, bool> isPlace)
    {
        foreach (var (sentence, t, start, end, type) in CasedSpans(document, tags))
        {
            if (type != EntityType.Loc || end - start is < 2 or > MaxNameWords || !FollowsTitle(sentence, start)
                || !Enumerable.Range(start, end - start).All(i => IsNameShape(sentence, i) && !isCommon(sentence.Lower[i]) && !isPlace(sentence.Tokens[i]))
                || isPlace(Surface(sentence, start, end)))
            {
                continue;
            }

            for (var i = start; i < end; i++)
            {
                t[i] = NerTags.Begin(EntityType.Per) + (i == start ? 0 : 1);
            }
        }
    }

    /// <summary>
    /// A span right after a title or role that runs an office's organisation, through the place it belongs to, on into
    /// two name-shaped words ("глава [МИД Германии Катарина Альберс]", "представитель [МИД России Виктория Лебедева]"
    /// tagged as one organisation) ends at the place; the two words are the office's holder, a person. The place is what
    /// marks the organisation's end (<paramref name="isPlace"/> on each word); a span with no place inside is left alone. A
    /// title tagged as the span's first word leaves it, when a name follows it (after "Министр иностранных дел Казахстана"
    /// comes no organisation's name, and the keys read that span as its holder already).
    /// </summary>
    public void SplitOfficeHolders(IReadOnlyList<NerSentence> document, int[][] tags, Func<string, bool> isPlace)
    {
        foreach (var (sentence, t, start, end, type) in CasedSpans(document, tags))
        {
            // The title may have been tagged with the span ("[Глава МИД Германии Катарина Альберс]" opening a sentence).
            var titled = IsCue(sentence.Lower[start]);
            var place = end - 3;
            if (type == EntityType.Per || place <= start || !(titled || (start > 0 && IsCue(sentence.Lower[start - 1])))
                || (titled && (place == start || !WordShape.StartsUpper(sentence.Tokens[start + 1])))
                || !IsNameShape(sentence, end - 2) || !IsNameShape(sentence, end - 1)
                || !isPlace(sentence.Tokens[place]) || isPlace(sentence.Tokens[end - 2]) || isPlace(sentence.Tokens[end - 1]))
            {
                continue;
            }

            if (titled)
            {
                t[start] = NerTags.Outside;
                t[start + 1] = NerTags.Begin(type);
            }

            t[end - 2] = NerTags.Begin(EntityType.Per);
            t[end - 1] = NerTags.Begin(EntityType.Per) + 1;
        }
    }

    /// <summary>Every tagged span of the document's sentences not written in capitals, with its sentence and tags.</summary>
    private static IEnumerable<(NerSentence Sentence, int[] Tags, int Start, int End, EntityType Type)> CasedSpans(
        IReadOnlyList<NerSentence> document, int[][] tags)
    {
        for (var s = 0; s < document.Count; s++)
        {
            if (!document[s].AllCaps)
            {
                foreach (var (start, end, type) in NerTags.Spans(tags[s]).ToList())
                {
                    yield return (document[s], tags[s], start, end, type);
                }
            }
        }
    }

    /// <summary>
    /// Whether the words before <paramref name="start"/> are a listed title, its head word in any listed form: the head
    /// of an office inflects, its complement does not ("ministrului" is listed, and "ministrul de externe", so "ministrului
    /// de externe" is a title too).
    /// </summary>
    private bool FollowsTitle(NerSentence sentence, int start)
    {
        if (start > 0 && _titles.Contains(sentence.Lower[start - 1]))
        {
            return true;
        }

        for (var n = 1; n <= Math.Min(MaxComplementWords, start - 1); n++)
        {
            if (_titles.Contains(sentence.Lower[start - n - 1]) && _complements.Contains(string.Join(' ', sentence.Lower.Skip(start - n).Take(n))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word without a capital letter ("la", "într-un", "und").</summary>
    private static bool IsLowercaseWord(string token) => token.Any(char.IsLetter) && !token.Any(char.IsUpper);

    private static string Surface(NerSentence sentence, int start, int end) => string.Join(' ', sentence.Tokens.Skip(start).Take(end - start));

    /// <summary>
    /// A capitalised run of two or more tokens that names a listed international organisation ("Council of the EU",
    /// "Rat der EU", <see cref="OrganisationNames"/>) is one organisation, replacing the names tagged inside it ("EU");
    /// a name that crosses the run's edges keeps its tags.
    /// </summary>
    public static void TagKnownOrganisations(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        var organisations = OrganisationNames.Default;
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var t = tags[s];
            for (var i = 0; i < t.Length; i++)
            {
                // "l'Union européenne": the name begins after the elided article.
                var first = sentence.Tokens[i][Elision.PrefixLength(sentence.Tokens[i])..];
                if (!WordShape.StartsUpper(first) || NerTags.IsInside(t[i]) || !organisations.FirstWords.Contains(EntityKeys.Phrase(EntityKeys.Words(first).Take(1))))
                {
                    continue;
                }

                for (var n = Math.Min(organisations.MaxWords, t.Length - i); n >= 2; n--)
                {
                    if ((i + n < t.Length && NerTags.IsInside(t[i + n])) || !sentence.Tokens.Skip(i).Take(n).All(IsWordToken)
                        || organisations.KeyOf(EntityKeys.Words(string.Join(' ', sentence.Tokens.Skip(i + 1).Take(n - 1).Prepend(first)))) is null)
                    {
                        continue;
                    }

                    for (var k = 0; k < n; k++)
                    {
                        t[i + k] = NerTags.Begin(EntityType.Org) + (k == 0 ? 0 : 1);
                    }

                    i += n - 1;
                    break;
                }
            }
        }
    }

    /// <summary>A token that begins and ends with a letter or digit: no punctuation, no "EU-" of "EU- und NATO-Staaten".</summary>
    private static bool IsWordToken(string token) => char.IsLetterOrDigit(token[0]) && char.IsLetterOrDigit(token[^1]);

    /// <summary>
    /// A surname spelled another way later in the same article ("Roman Ivanenko ... Iwanenko", a translated
    /// text mixing romanisations) is the same person when both fold to one key; one untagged word only.
    /// </summary>
    public static void TagSurnameSpellings(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        var per = NerTags.Begin(EntityType.Per);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < document.Count; s++)
        {
            foreach (var (start, end, type) in NerTags.Spans(tags[s]))
            {
                if (type == EntityType.Per && end - start >= 2 && Fold(document[s].Tokens[end - 1]) is { Length: >= MinRoleStem } f)
                {
                    surnames.Add(f);
                }
            }
        }

        for (var s = 0; s < document.Count && surnames.Count > 0; s++)
        {
            var t = tags[s];
            var sentence = document[s];
            for (var i = 0; i < t.Length; i++)
            {
                if (t[i] == NerTags.Outside && !sentence.AllCaps && WordShape.StartsUpper(sentence.Tokens[i]) && !WordShape.IsAllUpper(sentence.Tokens[i])
                    && (i + 1 >= t.Length || !NerTags.IsInside(t[i + 1])) && surnames.Contains(Fold(sentence.Tokens[i])))
                {
                    t[i] = per;
                }
            }
        }
    }

    private static string Fold(string word) => EntityKeys.PhoneticFold(EntityKeys.Transliterate(word));

    public static NameCues For(string? language) => Cache.GetOrAdd(language ?? "und", l => new NameCues(l));

    public void Apply(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        for (var s = 0; s < document.Count; s++)
        {
            if (document[s].AllCaps)
            {
                continue;
            }

            DropRoleNouns(document[s], tags[s]);
            SplitAtTitles(document[s], tags[s]);
            TagCuedNames(document[s], tags[s]);
        }
    }

    /// <summary>Joins persons tagged word by word; run after document consistency, which tags surnames alone.</summary>
    public static void JoinPersons(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        for (var s = 0; s < document.Count; s++)
        {
            JoinAdjacentPersons(document[s], tags[s]);
        }
    }

    /// <summary>A one-word "person" that is an office or role noun in any inflection ("Oficialii", "Liderii").</summary>
    private void DropRoleNouns(NerSentence sentence, int[] t)
    {
        var per = NerTags.Begin(EntityType.Per);
        for (var i = 0; i < t.Length; i++)
        {
            var single = t[i] == per && (i + 1 >= t.Length || !NerTags.IsInside(t[i + 1]));
            if (single && _roleStems.Any(r => sentence.Lower[i].StartsWith(r, StringComparison.Ordinal)))
            {
                t[i] = NerTags.Outside;
            }
        }
    }

    /// <summary>
    /// A span with an office inside, followed only by name words, is a holder and the person named
    /// after the office ("Kasachstans Führer Kassym-Schomart Tokajew" tagged as one LOC): the office
    /// word leaves the span and the words after it become a person; the words before keep their type.
    /// </summary>
    private void SplitAtTitles(NerSentence sentence, int[] t)
    {
        foreach (var (start, end, _) in NerTags.Spans(t).ToList())
        {
            for (var k = start + 1; k + 1 < end; k++)
            {
                if (!_titles.Contains(sentence.Lower[k]) || !Enumerable.Range(k + 1, end - k - 1).All(i => WordShape.StartsUpper(sentence.Tokens[i]) && !_titles.Contains(sentence.Lower[i])))
                {
                    continue;
                }

                t[k] = NerTags.Outside;
                for (var i = k + 1; i < end; i++)
                {
                    t[i] = NerTags.Begin(EntityType.Per) + (i == k + 1 ? 0 : 1);
                }

                break;
            }
        }
    }

    /// <summary>Two or more capitalised, untagged words right after a reporting verb or a title are a person.</summary>
    private void TagCuedNames(NerSentence sentence, int[] t)
    {
        for (var i = 0; i + 2 < t.Length; i++)
        {
            if (!IsCue(sentence.Lower[i]))
            {
                continue;
            }

            var n = 0;
            // The tagger often gets only the given name: "US-Außenminister Antony[PER] Blinken[O]".
            while (n < MaxNameWords && i + 1 + n < t.Length
                && (IsNameWord(sentence, t, i + 1 + n) || (n == 0 && t[i + 1] == NerTags.Begin(EntityType.Per) && IsNameShape(sentence, i + 1))))
            {
                n++;
            }

            // One word alone is too weak ("sagte Merkel" is left to the tagger); a longer run is no name; nor is one
            // right before a tagged person ("аналитик [Steppe Capital] Дана Омарова": the employer, then the name).
            var next = i + 1 + n;
            if (n < 2 || (next < t.Length && (IsNameWord(sentence, t, next) || NerTags.IsInside(t[next]) || t[next] == NerTags.Begin(EntityType.Per))))
            {
                continue;
            }

            // "Председатель Нацбанка Айдар Сейткали": three Cyrillic words whose middle one is no patronymic are the
            // office's organisation and then the name ("Мария Владимировна Захарова" stays whole).
            var first = n == 3 && IsCyrillic(sentence.Tokens[i + 2]) && !IsPatronymic(sentence.Lower[i + 2]) ? 1 : 0;
            for (var k = first; k < n; k++)
            {
                t[i + 1 + k] = NerTags.Begin(EntityType.Per) + (k == first ? 0 : 1);
            }

            i = next - 1;
        }
    }

    /// <summary>"Antony" B-PER followed by "Blinken" B-PER with nothing between: one person.</summary>
    private static void JoinAdjacentPersons(NerSentence sentence, int[] t)
    {
        var per = NerTags.Begin(EntityType.Per);
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i] == per && (t[i - 1] == per || t[i - 1] == per + 1) && WordShape.StartsUpper(sentence.Tokens[i]) && !WordShape.IsAllUpper(sentence.Tokens[i]))
            {
                t[i] = per + 1;
            }
        }
    }

    /// <summary>A title, a reporting verb, or a person's role noun of the quote lexicon in any inflection ("Председатель", "аналитика").</summary>
    private bool IsCue(string lower) =>
        _titles.Contains(lower) || _verbs.Contains(lower) || _verbPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) || IsRole(lower);

    /// <summary>A plain loop: every token of every article asks.</summary>
    private bool IsRole(string lower)
    {
        foreach (var role in _roles)
        {
            if (lower.Length > 0 && role[0] == lower[0] && Quotes.Inflection.SameStem(lower, role))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCyrillic(string token) => token.Length > 0 && WritingScripts.Of(token[0]) == WritingScript.Cyrillic;

    /// <summary>A Russian patronymic ("Владимирович", "Владимировна", "Ильинична", "Ильич").</summary>
    private static bool IsPatronymic(string lower) =>
        lower.EndsWith("вич", StringComparison.Ordinal) || lower.EndsWith("вна", StringComparison.Ordinal)
        || lower.EndsWith("чна", StringComparison.Ordinal) || lower.EndsWith("ьич", StringComparison.Ordinal);

    private bool IsNameWord(NerSentence sentence, int[] t, int i)
    {
        return t[i] == NerTags.Outside && IsNameShape(sentence, i);
    }

    private bool IsNameShape(NerSentence sentence, int i)
    {
        var token = sentence.Tokens[i];
        return token.Length > 1
            && WordShape.StartsUpper(token)
            && token.Skip(1).All(c => char.IsLower(c) || c == '-' || c == '\'' || c == '’')
            && !_titles.Contains(sentence.Lower[i]);
    }
}
