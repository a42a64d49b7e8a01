using System.Collections.Concurrent;
using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// Resolves a description ("the US diplomat", "der Kreml-Sprecher") to an actor mentioned earlier:
/// the nearest mention that the article itself gave that role ("Außenminister Antony Blinken",
/// "Roman Vassilenko, the deputy foreign minister"), else the only actor of that kind nearby.
/// Never the nearest name by position alone: that is how wrong attributions are made.
/// </summary>
internal sealed class DescriptionResolver(string text, ImmutableArray<Mention> mentions, QuoteLexicon lexicon)
{
    /// <summary>Role words are looked for this many tokens before a name, and in an apposition after it.</summary>
    private const int RoleWindow = 4;
    private readonly ConcurrentDictionary<Mention, HashSet<string>> _roles = new();

    /// <summary>The nearest mention before <paramref name="offset"/> of the type that carries the role.</summary>
    public Mention? Resolve(string role, EntityType type, int offset)
    {
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Span.End > offset || m.Type != type)
            {
                continue;
            }

            if (Roles(m).Contains(role))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "the commission" -> "European Commission", "заявлении комиссии" -> "Европейская комиссия": the
    /// nearest mention before <paramref name="offset"/> of the type whose own words hold the description's noun.
    /// </summary>
    public Mention? ByHead(string noun, EntityType type, int offset)
    {
        for (var k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Span.End <= offset && m.Type == type && Words.Of(text, m.Span).Any(w => w.IsWord && Inflection.SameStem(w.Lower, noun)))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The last mention of the type in [from, offset) when all such mentions name one actor.</summary>
    public Mention? Unique(EntityType type, int offset, int from)
    {
        Mention? last = null;
        foreach (var m in mentions)
        {
            if (m.Span.Start < from || m.Span.End > offset || m.Type != type)
            {
                continue;
            }

            if (last is not null && !string.Equals(last.Key, m.Key, StringComparison.Ordinal))
            {
                return null;
            }

            last = m;
        }

        return last;
    }

    private HashSet<string> Roles(Mention m) => _roles.GetOrAdd(m, mention =>
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var before = Words.Of(text, new TextSpan(Math.Max(0, mention.Span.Start - 80), mention.Span.Start));
        // "Ministrul de Interne, Cătălin Vlădescu": the office before the comma of an apposition is the name's role.
        var last = before.Length > 0 && before[^1].IsPunctuation(',') ? before.Length - 2 : before.Length - 1;
        for (var i = last; i >= Math.Max(0, last + 1 - RoleWindow); i--)
        {
            if (!before[i].IsWord)
            {
                break;
            }

            if (lexicon.Role(before[i].Lower) is { } r)
            {
                roles.Add(r.Suffix);
            }

            // "der schwedische EU-Kommissar Henrik Lindqvist" is the one "der Schwede" describes later.
            if (Nationalities.Adjective(before[i].Lower) is { } country)
            {
                roles.Add("@" + country);
            }
        }

        // An apposition: "Antony Blinken, the top US diplomat, ..." up to the next comma.
        var after = Words.Of(text, new TextSpan(mention.Span.End, Math.Min(text.Length, mention.Span.End + 80)));
        if (after.Length > 1 && after[0].IsPunctuation(','))
        {
            for (var i = 1; i < after.Length && i <= RoleWindow + 2 && after[i].IsWord; i++)
            {
                if (lexicon.Role(after[i].Lower) is { } r)
                {
                    roles.Add(r.Suffix);
                }
            }
        }

        return roles;
    });
}
