using System.Collections.Concurrent;
using System.Collections.Frozen;
using Caravan.Core.Languages;
using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// The per-language words quotation finding needs, read from Languages/&lt;iso&gt;/reporting-verbs.txt
/// and speech.txt. A language without files (or "und") gets the union of every language's entries,
/// so text of an unknown language is still handled, with a little more noise.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly ConcurrentDictionary<string, QuoteLexicon> Cache = new(StringComparer.Ordinal);

    private QuoteLexicon(IEnumerable<string> languages)
    {
        var verbs = new List<TokenPattern>();
        var cues = new List<TokenPattern>();
        var pronouns = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var roles = new List<(string Suffix, EntityType Type)>();
        var indefinite = new HashSet<string>(StringComparer.Ordinal);
        var definite = new HashSet<string>(StringComparer.Ordinal);
        var anonymous = new List<TokenPattern>();
        var complementizers = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var particles = new HashSet<string>(StringComparer.Ordinal);
        var remits = new HashSet<string>(StringComparer.Ordinal);
        var genitives = new HashSet<string>(StringComparer.Ordinal);
        var bare = false;
        foreach (var language in languages)
        {
            foreach (var line in LanguageData.Lines(language, "reporting-verbs"))
            {
                var lower = line.ToLowerInvariant();
                if (lower.StartsWith('>'))
                {
                    cues.Add(new TokenPattern(lower[1..].Trim()));
                }
                else
                {
                    verbs.Add(new TokenPattern(lower));
                }
            }

            foreach (var line in LanguageData.Lines(language, "speech"))
            {
                var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2)
                {
                    continue;
                }

                var rest = string.Join(' ', parts[1..]);
                switch (parts[0])
                {
                    case "pronoun" when parts.Length == 3 && EntityTypes.TryParse(parts[2].ToUpperInvariant(), out var pt):
                        pronouns.TryAdd(parts[1], pt);
                        break;
                    case "role" when parts.Length == 3 && EntityTypes.TryParse(parts[2].ToUpperInvariant(), out var rt):
                        roles.Add((parts[1], rt));
                        break;
                    case "indefinite":
                        indefinite.Add(rest);
                        break;
                    case "definite":
                        definite.Add(rest);
                        break;
                    case "anonymous":
                        anonymous.Add(new TokenPattern(rest));
                        break;
                    case "complementizer":
                        complementizers.Add(rest);
                        break;
                    case "title":
                        titles.Add(rest);
                        break;
                    case "particle":
                        particles.Add(rest);
                        break;
                    case "remit":
                        remits.Add(rest);
                        break;
                    case "genitive":
                        genitives.Add(rest);
                        break;
                    case "option" when rest == "bare-complement":
                        bare = true;
                        break;
                }
            }
        }

        // Longer verb phrases first, so "a spus" wins over a one-word entry at the same place.
        Verbs = new TokenPatternSet(verbs.OrderByDescending(v => v.Length));
        SourceCues = new TokenPatternSet(cues.OrderByDescending(v => v.Length));
        Pronouns = pronouns.ToFrozenDictionary(StringComparer.Ordinal);
        Roles = [.. roles.OrderByDescending(r => r.Suffix.Length)];
        Indefinite = indefinite.ToFrozenSet(StringComparer.Ordinal);
        Definite = definite.ToFrozenSet(StringComparer.Ordinal);
        Anonymous = [.. anonymous];
        Complementizers = complementizers.ToFrozenSet(StringComparer.Ordinal);
        TitleCues = titles.ToFrozenSet(StringComparer.Ordinal);
        NameParticles = particles.ToFrozenSet(StringComparer.Ordinal);
        Remits = remits.ToFrozenSet(StringComparer.Ordinal);
        Genitives = genitives.ToFrozenSet(StringComparer.Ordinal);
        BareComplement = bare;
    }

    /// <summary>Reported content may follow the verb with no comma or complementizer (English "said the talks …").</summary>
    public bool BareComplement { get; }

    public TokenPatternSet Verbs { get; }

    /// <summary>"according to", "laut", "potrivit": the speaker follows the cue.</summary>
    public TokenPatternSet SourceCues { get; }

    public FrozenDictionary<string, EntityType> Pronouns { get; }

    public ImmutableArray<(string Suffix, EntityType Type)> Roles { get; }

    public FrozenSet<string> Indefinite { get; }

    /// <summary>Determiners of a description that refers back ("die Kommission", "the ministry").</summary>
    public FrozenSet<string> Definite { get; }

    public ImmutableArray<TokenPattern> Anonymous { get; }

    public FrozenSet<string> Complementizers { get; }

    public FrozenSet<string> TitleCues { get; }

    /// <summary>Lowercase words that belong inside a person's name ("von", "de", "bin").</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Prepositions that give an organisation's field in its name ("Komitee für auswärtige Angelegenheiten").</summary>
    public FrozenSet<string> Remits { get; }

    /// <summary>Articles of a genitive attribute that may end an organisation's name ("… des Parlaments").</summary>
    public FrozenSet<string> Genitives { get; }

    public static QuoteLexicon For(string language)
    {
        var key = LanguageData.Lines(language, "reporting-verbs").IsEmpty ? "*" : language;
        return Cache.GetOrAdd(key, static k => new QuoteLexicon(
            k == "*" ? LanguageData.LanguagesWith("reporting-verbs") : [k]));
    }

    /// <summary>
    /// The role noun a token ends with ("kreml-sprecher" -> sprecher), or an inflected form of one
    /// ("регулятора", "energieministeriums"), or null.
    /// </summary>
    public (string Suffix, EntityType Type)? Role(string lower)
    {
        foreach (var role in Roles)
        {
            // Compounds ("Kreml-Sprecher", "US-Spitzendiplomat") end with the role; short roles must be
            // whole words or hyphen parts so "ahead" is not "head".
            var s = role.Suffix;
            if (string.Equals(lower, s, StringComparison.Ordinal)
                || (lower.EndsWith(s, StringComparison.Ordinal)
                    && (s.Length >= 6 || lower[lower.Length - s.Length - 1] is '-' or '‐')))
            {
                return role;
            }
        }

        foreach (var role in Roles)
        {
            if (role.Suffix.Length >= MinInflectedRole && EndsWithInflected(lower, role.Suffix))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Roles this long are also found inflected; shorter ones only as written ("head" is not "heads").</summary>
    private const int MinInflectedRole = 5;

    /// <summary>"министра" is "министр"; "energieministeriums" ends with "ministerium" (compounds only for roles of six letters or more).</summary>
    private static bool EndsWithInflected(string lower, string role)
    {
        if (Inflection.SameStem(lower, role))
        {
            return true;
        }

        // A suffix shares the role's stem only when the lengths differ by an ending at most, so only the last
        // few start positions can match: constant work per role, even on a 400,000-character "28.28.28…" token.
        for (var start = Math.Max(1, lower.Length - role.Length - Inflection.MaxEnding); role.Length >= 6 && start <= lower.Length - role.Length + 1; start++)
        {
            if (Inflection.SameStem(lower.AsSpan(start), role))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsComplementizer(string lower) =>
        Complementizers.Contains(lower)
        || (lower.Length > 2 && lower[^2] is '\'' or '’' && Complementizers.Contains(lower[..^2]))
        || Complementizers.Any(c => lower.StartsWith(c + "'", StringComparison.Ordinal) || lower.StartsWith(c + "’", StringComparison.Ordinal));
}
